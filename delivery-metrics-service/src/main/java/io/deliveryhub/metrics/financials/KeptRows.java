package io.deliveryhub.metrics.financials;

import io.deliveryhub.metrics.financials.RunningTotals.KeptRow;
import io.deliveryhub.metrics.financials.RunningTotals.Picked;
import io.deliveryhub.metrics.financials.RunningTotals.ProjectNow;
import io.deliveryhub.metrics.projectkpi.ProjectFilter;
import io.deliveryhub.platform.persistence.Columns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Reads what running totals need of a few projects (see {@link RunningTotals}): which projects a filter picks and at
 * which facts version, and each project as it is now with its kept row of the day, months included.
 */
@ApplicationScoped
class KeptRows {

    private static final String PICKED = """
            select p.id, p.facts_version, f.revision from project p
            left join project_financials f on f.as_of = :day and f.project_id = p.id
            where """ + ProjectFilter.CONDITION;

    // one row per month of the kept row (one with no month when there is no kept row or no month)
    private static final String NOW = """
            select p.id, p.key, p.name, p.status, money.probability,
                   coalesce(""" + ProjectFilter.CONDITION + """
            , false) as picked,
                   f.revision, f.facts_version, f.actual_revenue, f.actual_cost, f.forecast_revenue, f.forecast_cost,
                   f.margin_percent, f.unconverted, m.month, m.actual_revenue as month_actual_revenue,
                   m.actual_cost as month_actual_cost, m.forecast_revenue as month_forecast_revenue,
                   m.forecast_cost as month_forecast_cost
            from project p
            left join project_financials f on f.as_of = :day and f.project_id = p.id
            left join project_money money on money.project_id = p.id
            left join lateral unnest(f.months, f.month_actual_revenue, f.month_actual_cost, f.month_forecast_revenue,
                                     f.month_forecast_cost) as m(month, actual_revenue, actual_cost, forecast_revenue,
                                                                 forecast_cost) on true
            where p.id in (:ids)
            order by p.id, m.month""";

    private final Session session;

    KeptRows(Session session) {
        this.session = session;
    }

    /** The projects the filter picks, each with its facts version and the revision of its kept row of the day. */
    Map<UUID, Picked> picked(LocalDate day, ProjectFilter filter) {
        var query = session.createNativeQuery(filter.sql(PICKED), Tuple.class)
                .setParameter("day", day, LocalDate.class);
        filter.bind(query);
        Map<UUID, Picked> picked = new HashMap<>();
        query.getResultList().stream().map(Columns::of).forEach(row -> picked.put(row.uuid("id"), new Picked(
                row.count("facts_version"), row.row().get("revision") == null ? null : row.count("revision"))));
        return picked;
    }

    /** These projects as they are now (those the read model holds), with whether the filter picks them. */
    Map<UUID, ProjectNow> now(LocalDate day, ProjectFilter filter, Collection<UUID> projectIds) {
        if (projectIds.isEmpty()) {
            return Map.of();
        }
        var query = session.createNativeQuery(filter.sql(NOW), Tuple.class).setParameter("day", day, LocalDate.class)
                .setParameter("ids", projectIds);
        filter.bind(query);
        Map<UUID, ProjectNow> now = new LinkedHashMap<>();
        Map<UUID, Map<YearMonth, KeptFigures.Month>> months = new HashMap<>();
        for (Tuple tuple : query.getResultList()) {
            Columns row = Columns.of(tuple);
            UUID projectId = row.uuid("id");
            Map<YearMonth, KeptFigures.Month> itsMonths = months.computeIfAbsent(projectId, id -> new TreeMap<>());
            if (row.date("month") != null) {
                itsMonths.put(YearMonth.from(row.date("month")), new KeptFigures.Month(
                        row.decimal("month_actual_revenue"), row.decimal("month_actual_cost"),
                        row.decimal("month_forecast_revenue"), row.decimal("month_forecast_cost")));
            }
            now.computeIfAbsent(projectId, id -> new ProjectNow(id, row.text("key"), row.text("name"),
                    row.text("status"), row.decimal("probability"), Boolean.TRUE.equals(row.row().get("picked")),
                    row.row().get("revision") == null ? null : new KeptRow(row.count("revision"), new KeptFigures(id,
                            row.count("facts_version"), row.decimal("actual_revenue"), row.decimal("actual_cost"),
                            row.decimal("forecast_revenue"), row.decimal("forecast_cost"),
                            row.decimal("margin_percent"), row.integer("unconverted"), itsMonths))));
        }
        return now;
    }

    /** The kept rows of the day of these projects, those that have one. */
    List<KeptRow> kept(LocalDate day, Collection<UUID> projectIds) {
        return now(day, ProjectFilter.ALL, projectIds).values().stream().map(ProjectNow::row)
                .filter(row -> row != null).toList();
    }
}
