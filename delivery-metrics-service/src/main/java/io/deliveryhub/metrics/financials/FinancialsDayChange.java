package io.deliveryhub.metrics.financials;

import io.deliveryhub.metrics.projectkpi.ProjectFilter;
import io.deliveryhub.metrics.readmodel.DailyCatchUp;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Every project's financials move when the date changes (actuals gain a day, the forecast loses one) with no fact
 * arriving: this computes and keeps today's once per day (and once after start-up), as the KPI snapshots are, so
 * that the first portfolio financials read of a day does not pay for them.
 */
@ApplicationScoped
class FinancialsDayChange {

    private final KeptFinancials kept;
    private final DailyCatchUp daily;

    FinancialsDayChange(KeptFinancials kept, DailyCatchUp daily) {
        this.kept = kept;
        this.daily = daily;
    }

    @Scheduled(every = "${deliveryhub.metrics.snapshots.check-every}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void catchUpOnANewDay() {
        daily.today("financials-day-change", today -> kept.refresh(today, ProjectFilter.ALL));
    }
}
