package io.deliveryhub.metrics.financials;

import io.deliveryhub.metrics.financials.FinancialFactsRepository.Firm;
import io.deliveryhub.metrics.financials.FinancialFactsRepository.Portfolio;
import io.deliveryhub.metrics.money.MoneyFactsVersion;
import io.deliveryhub.metrics.money.ProjectFinancials;
import io.deliveryhub.metrics.projectkpi.PastFactChanges;
import io.deliveryhub.metrics.projectkpi.ProjectFilter;
import io.deliveryhub.platform.persistence.Columns;
import io.deliveryhub.platform.persistence.ReplicaLocks;
import io.deliveryhub.platform.security.ProjectPeople;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

/**
 * Each project's financials as of a day, kept in project_financials (V52) with the facts version and the firm's money
 * version they were computed from; a row holds while no fact applied since counts on or before its day (see
 * {@link PastFactChanges}). Before the portfolio is added up, the filtered projects whose row is missing or
 * stale are computed again, a page at a time, each page in its own transaction: memory holds one page's facts
 * whatever the portfolio's size, and a page done stays done. A day is computed by one thread at a time across the
 * replicas, and days are computed independently: a read of today never waits for the day keeper's past day.
 */
@ApplicationScoped
class KeptFinancials {

    private static final String STALE = """
            select p.id, p.facts_version from project p
            left join project_financials f on f.as_of = :day and f.project_id = p.id
            where (f.project_id is null or f.firm_version <> :firm or not """ + PastFactChanges.holds("f") + """
            ) and """ + ProjectFilter.CONDITION + " order by p.id";

    // A row computed from older facts (a slow page of another replica) never replaces a newer one.
    private static final String UPSERT = """
            insert into project_financials (as_of, project_id, actual_revenue, actual_cost, forecast_revenue,
                forecast_cost, margin_percent, unconverted, months, month_actual_revenue, month_actual_cost,
                month_forecast_revenue, month_forecast_cost, facts_version, firm_version, computed_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (as_of, project_id) do update set
                actual_revenue = excluded.actual_revenue, actual_cost = excluded.actual_cost,
                forecast_revenue = excluded.forecast_revenue, forecast_cost = excluded.forecast_cost,
                margin_percent = excluded.margin_percent, unconverted = excluded.unconverted,
                months = excluded.months, month_actual_revenue = excluded.month_actual_revenue,
                month_actual_cost = excluded.month_actual_cost,
                month_forecast_revenue = excluded.month_forecast_revenue,
                month_forecast_cost = excluded.month_forecast_cost, facts_version = excluded.facts_version,
                firm_version = excluded.firm_version, computed_at = excluded.computed_at,
                revision = excluded.revision
            where (project_financials.firm_version, project_financials.facts_version)
                  <= (excluded.firm_version, excluded.facts_version)""";

    private static final String FROM = """
            from project p join project_financials f on f.as_of = :day and f.project_id = p.id
            left join project_money money on money.project_id = p.id
            """;

    private static final String KEPT = FROM + "where " + ProjectFilter.CONDITION;

    private static final String DELIVERY = "p.status is distinct from 'PROPOSED'";

    private static final String SUMS = """
            select count(*) filter (where %1$s) as projects,
                   coalesce(sum(f.actual_revenue) filter (where %1$s), 0) as actual_revenue,
                   coalesce(sum(f.actual_cost) filter (where %1$s), 0) as actual_cost,
                   coalesce(sum(f.forecast_revenue) filter (where %1$s), 0) as forecast_revenue,
                   coalesce(sum(f.forecast_cost) filter (where %1$s), 0) as forecast_cost,
                   count(*) filter (where not (%1$s)) as pipeline_projects,
                   count(*) filter (where not (%1$s) and money.probability is null) as without_probability,
                   coalesce(sum((f.actual_revenue + f.forecast_revenue) * money.probability)
                            filter (where not (%1$s)), 0) as pipeline_revenue,
                   coalesce(sum((f.actual_cost + f.forecast_cost) * money.probability)
                            filter (where not (%1$s)), 0) as pipeline_cost,
                   coalesce(sum(f.unconverted), 0) as unconverted
            """.formatted(DELIVERY) + KEPT;

    private static final String MONTHS = """
            select m.month, count(*) as projects, sum(m.actual_revenue) as actual_revenue,
                   sum(m.actual_cost) as actual_cost,
                   sum(m.forecast_revenue) as forecast_revenue, sum(m.forecast_cost) as forecast_cost
            """ + FROM + """
            cross join lateral unnest(f.months, f.month_actual_revenue, f.month_actual_cost, f.month_forecast_revenue,
                                      f.month_forecast_cost) as m(month, actual_revenue, actual_cost, forecast_revenue,
                                                                  forecast_cost)
            where """ + ProjectFilter.CONDITION + " and " + DELIVERY + " group by m.month order by m.month";

    // Keys compare byte-wise (collation C), as Java compares them, so a tie at the tenth place resolves alike.
    private static final String LOWEST = """
            select p.id, p.key, p.name, p.status, f.actual_revenue + f.forecast_revenue as revenue,
                   f.actual_cost + f.forecast_cost as cost, f.margin_percent
            """ + KEPT + " and " + DELIVERY + """
             and f.margin_percent is not null
            order by f.margin_percent, p.key collate "C" limit :limit""";

    // the rows SUMS adds up, each as it counts there
    private static final String COUNTED = """
            select p.id, p.status, money.probability, f.revision, f.facts_version
            """ + KEPT;

    private static final String BY_PROJECT = """
            select p.id, p.project_manager_id, p.delivery_manager_id, p.delivery_lead_id, f.actual_revenue,
                   f.actual_cost, f.forecast_revenue, f.forecast_cost
            """ + KEPT;

    /** The portfolio's totals in the base currency, unrounded. */
    record Sums(long projects, BigDecimal actualRevenue, BigDecimal actualCost, BigDecimal forecastRevenue,
            BigDecimal forecastCost, long pipelineProjects, long withoutProbability, BigDecimal pipelineRevenue,
            BigDecimal pipelineCost, long unconverted) {
    }

    record MonthSums(YearMonth month, KeptFigures.Month amounts) {
    }

    /** A project at completion, in the base currency, unrounded. */
    record AtCompletion(UUID projectId, String key, String name, String status, BigDecimal revenue,
            BigDecimal cost) {
    }

    /** A project's kept actual and forecast totals, with the people who may see its cost. */
    record ProjectSums(UUID projectId, ProjectPeople people,
            BigDecimal actualRevenue, BigDecimal actualCost, BigDecimal forecastRevenue, BigDecimal forecastCost) {
    }

    private record Stale(UUID projectId, long factsVersion) {
    }

    private final FinancialFactsRepository facts;
    private final MoneyFactsVersion versions;
    private final KeptRows rows;
    private final ReplacedRows replaced;
    private final ReplicaLocks locks;
    private final Session session;
    private final int pageSize;

    KeptFinancials(FinancialFactsRepository facts, MoneyFactsVersion versions, KeptRows rows, ReplacedRows replaced,
            ReplicaLocks locks, Session session,
            @ConfigProperty(name = "deliveryhub.financials.page-size") int pageSize) {
        this.facts = facts;
        this.versions = versions;
        this.rows = rows;
        this.replaced = replaced;
        this.locks = locks;
        this.session = session;
        this.pageSize = pageSize;
    }

    int pageSize() {
        return pageSize;
    }

    /** Computes and keeps the filtered projects' figures of the day that are missing or stale; true if any were. */
    boolean refresh(LocalDate day, ProjectFilter filter) {
        if (QuarkusTransaction.requiringNew().call(() -> stale(day, filter, versions.firm())).isEmpty()) {
            return false;
        }
        // concurrent first reads of a day wait for its pages rather than compute them again
        return locks.runInTurn(turn(day), () -> computeStale(day, filter));
    }

    /** The lock a day's computing holds, the same on every replica. */
    static String turn(LocalDate day) {
        return "project-financials:" + day;
    }

    /** What {@link #refresh} computes in its turn: what is still missing or stale once the day's turn has come. */
    private boolean computeStale(LocalDate day, ProjectFilter filter) {
        // the facts version of each project is read before its facts, the firm's before the firm's rates
        record Start(long firmVersion, Firm firm, List<Stale> stale) {
        }
        Start start = QuarkusTransaction.requiringNew().call(() -> {
            long firmVersion = versions.firm();
            return new Start(firmVersion, facts.firm(), stale(day, filter, firmVersion));
        });
        boolean keepReplaced = replaced.keeps(day, start.stale().size());
        for (int from = 0; from < start.stale().size(); from += pageSize) {
            List<Stale> page = start.stale().subList(from, Math.min(from + pageSize, start.stale().size()));
            QuarkusTransaction.requiringNew()
                    .run(() -> computePage(day, page, start.firm(), start.firmVersion(), keepReplaced));
        }
        return !start.stale().isEmpty();
    }

    /** @param keepReplaced whether to keep the rows it replaces, so that running totals can take them out */
    private void computePage(LocalDate day, List<Stale> page, Firm firm, long firmVersion, boolean keepReplaced) {
        Map<UUID, Long> factsVersions = page.stream().collect(Collectors.toMap(Stale::projectId,
                Stale::factsVersion));
        if (keepReplaced) {
            // kept before they are replaced: a reader that finds the new rows finds the old ones kept
            replaced.replaced(rows.kept(day, factsVersions.keySet()));
        }
        Portfolio portfolio = facts.projects(factsVersions.keySet(), day, firm);
        List<KeptFigures> figures = portfolio.projects().stream()
                .map(project -> KeptFigures.of(project.id(), factsVersions.get(project.id()),
                        ProjectFinancials.asOf(day, project.facts(), project.rates(), portfolio.exchangeRates())))
                .toList();
        store(day, figures, firmVersion);
    }

    private List<Stale> stale(LocalDate day, ProjectFilter filter, long firmVersion) {
        var query = session.createNativeQuery(filter.sql(STALE), Tuple.class)
                .setParameter("day", day, LocalDate.class).setParameter("firm", firmVersion, Long.class);
        filter.bind(query);
        return query.getResultList().stream().map(Columns::of)
                .map(row -> new Stale(row.uuid("id"), row.count("facts_version"))).toList();
    }

    private void store(LocalDate day, List<KeptFigures> figures, long firmVersion) {
        Timestamp now = Timestamp.from(Instant.now());
        session.doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
                for (KeptFigures kept : figures) {
                    upsert.setDate(1, Date.valueOf(day));
                    upsert.setObject(2, kept.projectId());
                    upsert.setBigDecimal(3, kept.actualRevenue());
                    upsert.setBigDecimal(4, kept.actualCost());
                    upsert.setBigDecimal(5, kept.forecastRevenue());
                    upsert.setBigDecimal(6, kept.forecastCost());
                    upsert.setBigDecimal(7, kept.marginPercent());
                    upsert.setInt(8, kept.unconverted());
                    upsert.setArray(9, connection.createArrayOf("date",
                            kept.months().keySet().stream().map(month -> Date.valueOf(month.atDay(1))).toArray()));
                    upsert.setArray(10, amounts(connection, kept, KeptFigures.Month::actualRevenue));
                    upsert.setArray(11, amounts(connection, kept, KeptFigures.Month::actualCost));
                    upsert.setArray(12, amounts(connection, kept, KeptFigures.Month::forecastRevenue));
                    upsert.setArray(13, amounts(connection, kept, KeptFigures.Month::forecastCost));
                    upsert.setLong(14, kept.factsVersion());
                    upsert.setLong(15, firmVersion);
                    upsert.setTimestamp(16, now);
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
        });
    }

    private static Array amounts(Connection connection, KeptFigures kept, Function<KeptFigures.Month, BigDecimal> amount)
            throws SQLException {
        return connection.createArrayOf("numeric", kept.months().values().stream().map(amount).toArray());
    }

    Sums sums(LocalDate day, ProjectFilter filter) {
        Columns row = Columns.of(query(SUMS, day, filter).getSingleResult());
        return new Sums(row.count("projects"), row.decimal("actual_revenue"), row.decimal("actual_cost"),
                row.decimal("forecast_revenue"), row.decimal("forecast_cost"), row.count("pipeline_projects"),
                row.count("without_probability"), row.decimal("pipeline_revenue"), row.decimal("pipeline_cost"),
                row.count("unconverted"));
    }

    /** The delivery projects' amounts per month, in order, with how many projects have each month. */
    NavigableMap<YearMonth, RunningTotals.MonthTally> months(LocalDate day, ProjectFilter filter) {
        NavigableMap<YearMonth, RunningTotals.MonthTally> months = new TreeMap<>();
        query(MONTHS, day, filter).getResultList().stream().map(Columns::of)
                .forEach(row -> months.put(YearMonth.from(row.date("month")), new RunningTotals.MonthTally(
                        row.count("projects"), new KeptFigures.Month(row.decimal("actual_revenue"),
                                row.decimal("actual_cost"), row.decimal("forecast_revenue"),
                                row.decimal("forecast_cost")))));
        return months;
    }

    /** The projects in delivery with the lowest margin % at completion, ties by key. */
    List<RunningTotals.LowMargin> lowestMargins(LocalDate day, ProjectFilter filter, int limit) {
        return query(LOWEST, day, filter).setParameter("limit", limit, Integer.class).getResultList().stream()
                .map(Columns::of)
                .map(row -> new RunningTotals.LowMargin(row.decimal("margin_percent"), new AtCompletion(
                        row.uuid("id"), row.text("key"), row.text("name"), row.text("status"),
                        row.decimal("revenue"), row.decimal("cost"))))
                .toList();
    }

    /** Which row of each project {@link #sums} adds up, and where it counts there. */
    Map<UUID, RunningTotals.Counted> counted(LocalDate day, ProjectFilter filter) {
        Map<UUID, RunningTotals.Counted> counted = new HashMap<>();
        query(COUNTED, day, filter).getResultList().stream().map(Columns::of)
                .forEach(row -> counted.put(row.uuid("id"), new RunningTotals.Counted(row.count("revision"),
                        row.count("facts_version"), RunningTotals.inDelivery(row.text("status")),
                        row.decimal("probability"))));
        return counted;
    }

    /**
     * Makes the transaction's statements read one snapshot of the database (repeatable read), so that totals and the
     * rows they count are read alike; it must be the transaction's first statement.
     */
    void oneSnapshot() {
        session.createNativeMutationQuery("set transaction isolation level repeatable read").executeUpdate();
    }

    List<ProjectSums> byProject(LocalDate day, ProjectFilter filter) {
        return query(BY_PROJECT, day, filter).getResultList().stream().map(Columns::of)
                .map(row -> new ProjectSums(row.uuid("id"), new ProjectPeople(
                        row.uuid("project_manager_id"), row.uuid("delivery_manager_id"),
                        row.uuid("delivery_lead_id")), row.decimal("actual_revenue"), row.decimal("actual_cost"),
                        row.decimal("forecast_revenue"), row.decimal("forecast_cost")))
                .toList();
    }

    private NativeQuery<Tuple> query(String sql, LocalDate day, ProjectFilter filter) {
        var query = session.createNativeQuery(filter.sql(sql), Tuple.class).setParameter("day", day, LocalDate.class);
        filter.bind(query);
        return query;
    }
}
