package io.deliveryhub.gateway.webhook;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Sends the deliveries that are due: claimed from the database ({@link DeliveryStore#claim}, one per subscription and
 * lane, so each project's events arrive in topic order), sent with the three {@code webhook-*} headers, and settled:
 * delivered on a 2xx, tried again on the retry schedule otherwise, failed after the last retry. A 410 disables the
 * subscription, and so do failures that last {@code disable-after-failing} (alerted in the log and the
 * {@code deliveryhub.webhooks.subscriptions.disabled} counter). A subscription has at most
 * {@code max-in-flight-per-subscription} deliveries in flight over all replicas (counted in the claim), so a slow
 * receiver holds up only its own; this replica sends at most {@code max-in-flight} at once, its own resources' cap.
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);
    private static final Duration LEASE_MARGIN = Duration.ofSeconds(30);
    private static final Duration PURGE_EVERY = Duration.ofHours(1);

    private final WebhookSettings settings;
    private final DeliveryStore deliveries;
    private final SubscriptionStore subscriptions;
    private final Vertx vertx;
    private final MeterRegistry metrics;
    private final Clock clock = Clock.systemUTC();
    private final AtomicInteger inFlightTotal = new AtomicInteger();
    private final AtomicBoolean woken = new AtomicBoolean();
    private final Timer latency;
    private Receiver receiver;
    private ScheduledExecutorService loop;

    public Dispatcher(WebhookSettings settings, DeliveryStore deliveries, SubscriptionStore subscriptions, Vertx vertx,
            MeterRegistry metrics) {
        this.settings = settings;
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.vertx = vertx;
        this.metrics = metrics;
        this.latency = Timer.builder("deliveryhub.webhooks.attempt.duration")
                .description("How long receivers take to answer a webhook").register(metrics);
    }

    void start(@Observes StartupEvent started) {
        if (!settings.enabled()) {
            return;
        }
        receiver = new Receiver(vertx, settings.timeout(), settings.maxInFlight());
        loop = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "webhook-dispatcher");
            thread.setDaemon(true);
            return thread;
        });
        loop.scheduleWithFixedDelay(this::dispatchSafely, 0, settings.dispatchEvery().toMillis(), TimeUnit.MILLISECONDS);
        loop.scheduleWithFixedDelay(this::purgeSafely, 0, PURGE_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (loop != null) {
            loop.shutdownNow();
        }
    }

    /** New deliveries were planned: look at once rather than at the next tick. */
    public void wake() {
        if (loop != null && woken.compareAndSet(false, true)) {
            loop.execute(this::dispatchSafely);
        }
    }

    private void dispatchSafely() {
        woken.set(false);
        try {
            dispatch();
        } catch (RuntimeException e) {
            LOG.warnf("webhook deliveries could not be claimed: %s", e.getMessage());
        }
    }

    private void purgeSafely() {
        try {
            int purged = deliveries.purge(clock.instant().minus(settings.logRetention()));
            if (purged > 0) {
                LOG.infof("purged %d webhook log rows older than %s", purged, settings.logRetention());
            }
        } catch (RuntimeException e) {
            LOG.warnf("the webhook log could not be purged: %s", e.getMessage());
        }
    }

    private void dispatch() {
        int room = settings.maxInFlight() - inFlightTotal.get();
        if (room <= 0) {
            return;
        }
        Instant now = clock.instant();
        List<DeliveryStore.Due> due = deliveries.claim(now, now.plus(settings.timeout()).plus(LEASE_MARGIN), room,
                settings.maxInFlightPerSubscription());
        Map<UUID, Optional<Subscription>> seen = new HashMap<>();
        for (DeliveryStore.Due delivery : due) {
            Optional<Subscription> subscription = seen.computeIfAbsent(delivery.subscriptionId(), subscriptions::find);
            if (subscription.isEmpty()) {
                continue;
            }
            inFlightTotal.incrementAndGet();
            send(subscription.get(), delivery);
        }
    }

    private void send(Subscription subscription, DeliveryStore.Due delivery) {
        Instant now = clock.instant();
        URI url = URI.create(subscription.url());
        String refusal;
        InetAddress address = null;
        try {
            List<InetAddress> addresses = Arrays.asList(InetAddress.getAllByName(url.getHost()));
            refusal = settings.targetPolicy().refusal(addresses);
            address = addresses.get(0);
        } catch (UnknownHostException e) {
            refusal = "the host " + url.getHost() + " cannot be resolved";
        }
        if (refusal != null) {
            settle(subscription, delivery, now, new Receiver.Outcome(0, null, "not sent: " + refusal, 0));
            return;
        }
        byte[] body = delivery.body().getBytes(StandardCharsets.UTF_8);
        long timestamp = now.getEpochSecond();
        String id = delivery.eventId().toString();
        Map<String, String> headers = Map.of(
                "content-type", "application/cloudevents+json",
                "user-agent", "DeliveryHub-Webhooks/1",
                "webhook-id", id,
                "webhook-timestamp", Long.toString(timestamp),
                "webhook-signature", WebhookSignature.header(subscription.signingSecrets(now), id, timestamp, body));
        receiver.send(new Receiver.Request(url, address, Buffer.buffer(body), headers))
                .onComplete(done -> vertx.executeBlocking(() -> {
                    settle(subscription, delivery, now, done.result());
                    return null;
                }, false));
    }

    private void settle(Subscription subscription, DeliveryStore.Due delivery, Instant at, Receiver.Outcome outcome) {
        try {
            latency.record(Duration.ofMillis(outcome.latencyMillis()));
            Delivery.Attempt attempt = new Delivery.Attempt(at, outcome.status() == 0 ? null : outcome.status(),
                    (int) outcome.latencyMillis(), outcome.error(), outcome.snippet());
            Instant now = clock.instant();
            if (outcome.delivered()) {
                deliveries.recordAttempt(delivery.id(), attempt, Delivery.DELIVERED, now);
                // as read when claimed: a failure since then is cleared by the next delivery read after it
                if (subscription.failingSince() != null) {
                    subscriptions.markHealthy(subscription.id());
                }
            } else if (outcome.status() == 410) {
                deliveries.recordAttempt(delivery.id(), attempt, Delivery.FAILED, now);
                disable(subscription, "the receiver answered 410 Gone", "gone");
            } else {
                Optional<Instant> next = settings.retries().nextAttempt(delivery.attempts() + 1, now,
                        ThreadLocalRandom.current()::nextDouble);
                deliveries.recordAttempt(delivery.id(), attempt, next.isPresent() ? Delivery.PENDING : Delivery.FAILED,
                        next.orElse(now));
                Instant failingSince = subscriptions.markFailing(subscription.id(), at);
                if (!failingSince.plus(settings.disableAfterFailing()).isAfter(now)) {
                    disable(subscription, "deliveries have failed since " + failingSince, "failing");
                }
            }
            count(outcome.delivered() ? "delivered" : "failed");
        } catch (RuntimeException e) {
            // The lease runs out and the delivery is sent again: at least once, never lost.
            LOG.warnf("the outcome of webhook delivery %s could not be recorded: %s", delivery.id(), e.getMessage());
        } finally {
            inFlightTotal.decrementAndGet();
            wake();
        }
    }

    private void disable(Subscription subscription, String reason, String tag) {
        if (subscriptions.disable(subscription.id(), reason, clock.instant())) {
            Counter.builder("deliveryhub.webhooks.subscriptions.disabled")
                    .description("Webhook subscriptions the gateway disabled: a 410 or failures for days")
                    .tag("reason", tag).register(metrics).increment();
            LOG.errorf("ALERT webhook subscription %s (%s, owner %s) is disabled: %s", subscription.id(),
                    subscription.url(), subscription.owner(), reason);
        }
    }

    private void count(String outcome) {
        Counter.builder("deliveryhub.webhooks.attempts").description("Webhook delivery attempts by outcome")
                .tag("outcome", outcome).register(metrics).increment();
    }
}
