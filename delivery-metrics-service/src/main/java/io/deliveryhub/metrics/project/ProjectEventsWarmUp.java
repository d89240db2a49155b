package io.deliveryhub.metrics.project;

import io.deliveryhub.platform.money.BaseCurrency;
import io.deliveryhub.platform.warmup.WarmUpCalls;
import io.deliveryhub.platform.warmup.WarmUpEvents;
import io.deliveryhub.platform.warmup.WarmUpExercise;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The most common event, a project created, applied before the service reports ready as the consumer applies it
 * (projected, its facts marked) in a transaction that is rolled back; and the alert list read over HTTP.
 */
@ApplicationScoped
class ProjectEventsWarmUp implements WarmUpExercise {

    private final ProjectEventsConsumer consumer;
    private final BaseCurrency currency;

    ProjectEventsWarmUp(ProjectEventsConsumer consumer, BaseCurrency currency) {
        this.consumer = consumer;
        this.currency = currency;
    }

    @Override
    public void run(WarmUpCalls calls) throws Exception {
        calls.consumed(consumer, WarmUpEvents.projectCreated(currency.code()));
        calls.get("/api/v1/alerts?size=20", 200);
    }
}
