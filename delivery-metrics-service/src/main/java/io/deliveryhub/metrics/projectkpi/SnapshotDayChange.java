package io.deliveryhub.metrics.projectkpi;

import io.deliveryhub.metrics.readmodel.DailyCatchUp;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * PV, overdue milestones and everything else "as of today" move when the date changes, with no fact arriving:
 * this recomputes every snapshot once per day (and once after start-up), so that the first portfolio read of a
 * day does not pay for it.
 */
@ApplicationScoped
class SnapshotDayChange {

    private final ProjectKpiSummaries summaries;
    private final DailyCatchUp daily;

    SnapshotDayChange(ProjectKpiSummaries summaries, DailyCatchUp daily) {
        this.summaries = summaries;
        this.daily = daily;
    }

    @Scheduled(every = "${deliveryhub.metrics.snapshots.check-every}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void catchUpOnANewDay() {
        daily.today("snapshot-day-change", today -> summaries.catchUp());
    }
}
