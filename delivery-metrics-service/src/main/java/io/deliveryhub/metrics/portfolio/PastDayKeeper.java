package io.deliveryhub.metrics.portfolio;

import io.deliveryhub.metrics.financials.PortfolioFinancialsService;
import io.deliveryhub.metrics.money.MoneyFactsVersion;
import io.deliveryhub.metrics.projectkpi.PastFactChanges;
import io.deliveryhub.metrics.projectkpi.ProjectKpiSummaries;
import io.deliveryhub.metrics.readmodel.ReadModelRebuild;
import io.deliveryhub.platform.persistence.Columns;
import io.deliveryhub.platform.persistence.ReplicaLocks;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

/**
 * Keeps the portfolio of each of the last {@code keep-days} closed days (its projects' KPIs and financials) computed
 * ahead of its readers, so that 30 days ago or the last month's end answers from kept rows the first time it is asked
 * too. Once a check period, on one replica at a time, it computes of those days what is missing or stale: the day that
 * has just closed, days missed while the service was down, and projects with a fact since that counts on or before a
 * kept day. It looks only when the date, a project's facts or the firm's rates have changed since its last look. A read
 * still computes whatever it finds missing or stale; this only moves the cost off it.
 */
@ApplicationScoped
class PastDayKeeper {

    private final ProjectKpiSummaries summaries;
    private final PortfolioFinancialsService financials;
    private final MoneyFactsVersion moneyVersions;
    private final PastFactChanges changes;
    private final ReplicaLocks locks;
    private final ReadModelRebuild rebuild;
    private final Session session;
    private final Clock clock;
    private final int keepDays;
    private final AtomicReference<Look> lastLook = new AtomicReference<>();

    /** What the kept days depend on; while it stays the same, they stay kept. */
    private record Look(LocalDate today, long projects, long factsVersions, long firmVersion) {
    }

    PastDayKeeper(ProjectKpiSummaries summaries, PortfolioFinancialsService financials,
            MoneyFactsVersion moneyVersions, PastFactChanges changes, ReplicaLocks locks, ReadModelRebuild rebuild,
            Session session, Clock clock,
            @ConfigProperty(name = "deliveryhub.metrics.history.keep-days") int keepDays) {
        this.summaries = summaries;
        this.financials = financials;
        this.moneyVersions = moneyVersions;
        this.changes = changes;
        this.locks = locks;
        this.rebuild = rebuild;
        this.session = session;
        this.clock = clock;
        this.keepDays = keepDays;
    }

    @Scheduled(every = "${deliveryhub.metrics.snapshots.check-every}", delayed = "20s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void keepClosedDays() {
        if (keepDays <= 0 || rebuild.running()) {
            return;
        }
        Look look = QuarkusTransaction.requiringNew().call(this::look);
        if (look.equals(lastLook.get())) {
            return;
        }
        // Another replica keeping them now leaves this one's look unrecorded: its next look finds them kept.
        LocalDate first = look.today().minusDays(keepDays);
        if (locks.runAlone("past-day-keeping", () -> {
            keep(first, look.today().minusDays(1));
            changes.forgetDaysBefore(first);
        })) {
            lastLook.set(look);
        }
    }

    /** Keeps the days from {@code first} to {@code last}, the latest first (the likeliest to be asked). */
    void keep(LocalDate first, LocalDate last) {
        for (LocalDate day = last; !day.isBefore(first); day = day.minusDays(1)) {
            summaries.keep(day);
            financials.keep(day);
        }
    }

    private Look look() {
        Columns projects = Columns.of(session.createNativeQuery(
                "select count(*) as projects, coalesce(sum(facts_version), 0) as versions from project", Tuple.class)
                .getSingleResult());
        return new Look(LocalDate.now(clock), projects.count("projects"), projects.count("versions"),
                moneyVersions.firm());
    }
}
