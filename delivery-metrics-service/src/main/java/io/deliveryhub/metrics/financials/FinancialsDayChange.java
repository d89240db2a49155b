package io.deliveryhub.metrics.financials;

import io.deliveryhub.metrics.projectkpi.ProjectFilter;
import io.deliveryhub.metrics.readmodel.ReadModelRebuild;
import io.deliveryhub.platform.persistence.ReplicaLocks;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Every project's financials move when the date changes (actuals gain a day, the forecast loses one) with no fact
 * arriving: this computes and keeps today's once per day (and once after start-up), as the KPI snapshots are, so
 * that the first portfolio financials read of a day does not pay for them.
 */
@ApplicationScoped
class FinancialsDayChange {

    private final KeptFinancials kept;
    private final ReplicaLocks locks;
    private final ReadModelRebuild rebuild;
    private final Clock clock;
    private final AtomicReference<LocalDate> caughtUp = new AtomicReference<>();

    FinancialsDayChange(KeptFinancials kept, ReplicaLocks locks, ReadModelRebuild rebuild, Clock clock) {
        this.kept = kept;
        this.locks = locks;
        this.rebuild = rebuild;
        this.clock = clock;
    }

    @Scheduled(every = "${deliveryhub.metrics.snapshots.check-every}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void catchUpOnANewDay() {
        LocalDate today = LocalDate.now(clock);
        if (!today.equals(caughtUp.get()) && !rebuild.running()
                && locks.runAlone("financials-day-change", () -> kept.refresh(today, ProjectFilter.ALL))) {
            caughtUp.set(today);
        }
    }
}
