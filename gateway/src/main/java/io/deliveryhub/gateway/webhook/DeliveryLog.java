package io.deliveryhub.gateway.webhook;

import io.deliveryhub.gateway.auth.Caller;
import io.deliveryhub.gateway.web.GatewayProblem;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** A subscription's deliveries, and replaying them, for whoever may see the subscription. Blocking. */
@ApplicationScoped
public class DeliveryLog {

    private final Subscriptions subscriptions;
    private final DeliveryStore store;
    private final Dispatcher dispatcher;
    private final Clock clock = Clock.systemUTC();

    public DeliveryLog(Subscriptions subscriptions, DeliveryStore store, Dispatcher dispatcher) {
        this.subscriptions = subscriptions;
        this.store = store;
        this.dispatcher = dispatcher;
    }

    public DeliveryStore.Page page(Caller caller, UUID subscriptionId, DeliveryStore.LogFilter filter, int page,
            int size) {
        subscriptions.get(caller, subscriptionId);
        return store.page(subscriptionId, filter, page, size);
    }

    /** Sends one delivery again, or every delivery of events in {@code [from, to)}, with the same webhook-id. */
    public int replay(Caller caller, UUID subscriptionId, UUID deliveryId, Instant from, Instant to) {
        subscriptions.get(caller, subscriptionId);
        if (deliveryId != null) {
            store.find(subscriptionId, deliveryId).orElseThrow(() -> GatewayProblem.notFound(
                    "Subscription " + subscriptionId + " has no delivery " + deliveryId));
        }
        int replayed = store.replay(subscriptionId, deliveryId, from, to, clock.instant());
        dispatcher.wake();
        return replayed;
    }
}
