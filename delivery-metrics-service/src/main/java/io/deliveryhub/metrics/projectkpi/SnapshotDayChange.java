package io.deliveryhub.metrics.projectkpi;

import io.deliveryhub.metrics.readmodel.ReadModelRebuild;
import io.deliveryhub.platform.persistence.ReplicaLocks;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

/**
 * PV, overdue milestones and everything else "as of today" move when the date changes, with no fact arriving:
 * this recomputes every snapshot once per day (and once after start-up), so that the first portfolio read of a
 * day does not pay for it. The read would catch up by itself; this only moves the cost off the reader.
 */
@ApplicationScoped
class SnapshotDayChange {

    private final ProjectKpiSummaries summaries;
    private final ReplicaLocks locks;
    private final ReadModelRebuild rebuild;
    private final Clock clock;
    private final AtomicReference<LocalDate> caughtUp = new AtomicReference<>();

    SnapshotDayChange(ProjectKpiSummaries summaries, ReplicaLocks locks, ReadModelRebuild rebuild, Clock clock) {
        this.summaries = summaries;
        this.locks = locks;
        this.rebuild = rebuild;
        this.clock = clock;
    }

    @Scheduled(every = "${deliveryhub.metrics.snapshots.check-every}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void catchUpOnANewDay() {
        LocalDate today = LocalDate.now(clock);
        // Not over half-replayed facts during a rebuild, and on one replica at a time: the next one to look finds the
        // snapshots already caught up.
        if (!today.equals(caughtUp.get()) && !rebuild.running()
                && locks.runAlone("snapshot-day-change", summaries::catchUp)) {
            caughtUp.set(today);
        }
    }
}
