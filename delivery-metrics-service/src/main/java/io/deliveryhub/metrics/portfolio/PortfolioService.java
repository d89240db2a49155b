package io.deliveryhub.metrics.portfolio;

import io.deliveryhub.metrics.csv.Csv;
import io.deliveryhub.metrics.financials.PortfolioFinancialsService;
import io.deliveryhub.metrics.financials.MoneyTotals;
import io.deliveryhub.metrics.financials.PortfolioMargins;
import io.deliveryhub.metrics.projectkpi.KpiTally;
import io.deliveryhub.metrics.projectkpi.ProjectFilter;
import io.deliveryhub.metrics.projectkpi.ProjectKpiSummaries;
import io.deliveryhub.metrics.projectkpi.ProjectKpiSummary;
import io.deliveryhub.metrics.workforce.Workforce;
import io.deliveryhub.platform.money.BaseCurrency;
import io.deliveryhub.platform.persistence.Columns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

/** The portfolio's KPIs: its projects' KPIs on the day (stored for today), people's utilization, open alerts. */
@ApplicationScoped
public class PortfolioService {

    /** Utilization is over the 4 weeks before asOf. */
    static final int UTILIZATION_DAYS = 28;

    private static final List<String> CSV_COLUMNS = List.of("projectId", "key", "name", "status", "currency", "bac",
            "ac", "cpi", "spi", "percentComplete", "rag", "healthScore", "healthStatus", "milestonesOnTime",
            "milestonesLate", "revenue", "cost", "margin", "marginPercent", "revenueAtCompletion", "costAtCompletion",
            "marginAtCompletion", "marginPercentAtCompletion");

    private final ProjectKpiSummaries summaries;
    private final Workforce workforce;
    private final PortfolioFinancialsService financials;
    private final BaseCurrency baseCurrency;
    private final Session session;

    public PortfolioService(ProjectKpiSummaries summaries, Workforce workforce, PortfolioFinancialsService financials,
            BaseCurrency baseCurrency, Session session) {
        this.summaries = summaries;
        this.workforce = workforce;
        this.financials = financials;
        this.baseCurrency = baseCurrency;
        this.session = session;
    }

    /**
     * Today's and past days' figures are added up by the database from the stored snapshots, and only the ten most
     * at risk are read whole; a future day's are computed per project and added up here, by the same rules.
     */
    @Transactional
    public PortfolioKpis kpis(LocalDate asOf, ProjectFilter filter) {
        List<KpiTally> tallies;
        List<ProjectKpiSummary> mostAtRisk;
        List<UUID> staffedProjects = null;
        if (summaries.stored(asOf)) {
            tallies = summaries.storedTallies(filter, asOf);
            mostAtRisk = PortfolioFigures.mostAtRisk(summaries.storedLowestHealth(filter, asOf,
                    PortfolioFigures.IN_DELIVERY, PortfolioFigures.AT_RISK_LISTED));
            if (filter.byAccount()) {
                staffedProjects = summaries.projectIds(filter);
            }
        } else {
            List<ProjectKpiSummary> projects = summaries.asOf(asOf, filter);
            tallies = projects.stream().map(KpiTally::of).toList();
            mostAtRisk = PortfolioFigures.mostAtRisk(projects);
            if (filter.byAccount()) {
                staffedProjects = projects.stream().map(ProjectKpiSummary::projectId).toList();
            }
        }
        // Delivery manager and client pick people through their projects; practice picks them directly.
        PortfolioKpis.People people = PortfolioKpis.People.of(workforce.over(asOf.minusDays(UTILIZATION_DAYS),
                asOf.minusDays(1), filter.practice(), staffedProjects));
        return new PortfolioKpis(asOf,
                new PortfolioKpis.Filters(filter.deliveryManagerId(), filter.clientId(), filter.practice()),
                PortfolioFigures.projects(tallies), PortfolioFigures.health(tallies),
                PortfolioFigures.milestones(tallies), PortfolioFigures.costAndSchedule(tallies),
                PortfolioFigures.budgets(tallies, baseCurrency.code()), financials.margins(asOf, filter), people,
                PortfolioFigures.feedback(tallies),
                openAlerts(filter), mostAtRisk.stream().map(PortfolioKpis.AtRisk::of).toList());
    }

    /**
     * The filtered projects' KPIs as CSV: a header, then one row per project ordered by key, with its revenue and
     * margin in the base currency, actual and at completion (cost and margin empty where the caller may not see the
     * project's cost).
     */
    @Transactional
    public String csv(LocalDate asOf, ProjectFilter filter) {
        Map<UUID, PortfolioMargins> margins = financials.marginsByProject(asOf, filter);
        return Csv.of(CSV_COLUMNS, summaries.asOf(asOf, filter).stream()
                .sorted(Comparator.comparing(ProjectKpiSummary::key))
                .<List<?>> map(project -> {
                    List<Object> row = new ArrayList<>(Arrays.asList(project.projectId(), project.key(),
                            project.name(), project.status(), project.currency(), project.bac(), project.ac(),
                            project.cpi(), project.spi(), project.percentComplete(), project.rag(),
                            project.healthScore(), project.healthStatus(), project.milestonesOnTime(),
                            project.milestonesLate()));
                    PortfolioMargins money = margins.get(project.projectId());
                    row.addAll(money == null ? Collections.nCopies(8, null) : columns(money));
                    return row;
                })
                .toList());
    }

    private static List<Object> columns(PortfolioMargins money) {
        List<Object> columns = new ArrayList<>();
        for (MoneyTotals totals : List.of(money.actual(), money.atCompletion())) {
            columns.addAll(Arrays.asList(totals.revenue(), totals.cost(), totals.margin(),
                    totals.marginPercent() == null ? null : totals.marginPercent().orElse(null)));
        }
        return columns;
    }

    private long openAlerts(ProjectFilter filter) {
        if (filter.equals(ProjectFilter.ALL)) {
            return count(session.createNativeQuery(
                    "select count(*) as alerts from alert where status in ('OPEN', 'ACKNOWLEDGED')", Tuple.class));
        }
        var query = session.createNativeQuery(filter.sql("""
                select count(*) as alerts from alert a join project p on p.id = a.project_id
                where a.status in ('OPEN', 'ACKNOWLEDGED') and """ + ProjectFilter.CONDITION), Tuple.class);
        filter.bind(query);
        return count(query);
    }

    // Tuples rather than a Long result class: Hibernate 7.2 never finds a native query with a basic result
    // class in its plan cache (the result builder has no equals), so each call added a plan that later lookups of the
    // same query walked through, slower with every call.
    private static long count(NativeQuery<Tuple> query) {
        return Columns.of(query.getSingleResult()).count("alerts");
    }
}
