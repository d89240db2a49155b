package io.deliveryhub.metrics.projectkpi;

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
    private final Clock clock;
    private final AtomicReference<LocalDate> caughtUp = new AtomicReference<>();

    SnapshotDayChange(ProjectKpiSummaries summaries, Clock clock) {
        this.summaries = summaries;
        this.clock = clock;
    }

    @Scheduled(every = "${deliveryhub.metrics.snapshots.check-every}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void catchUpOnANewDay() {
        LocalDate today = LocalDate.now(clock);
        if (!today.equals(caughtUp.get())) {
            summaries.catchUp();
            caughtUp.set(today);
        }
    }
}
