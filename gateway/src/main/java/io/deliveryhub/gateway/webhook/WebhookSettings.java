package io.deliveryhub.gateway.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** {@code deliveryhub.webhooks.*}: see the configuration table in the README. */
@ConfigMapping(prefix = "deliveryhub.webhooks")
public interface WebhookSettings {

    /** Whether this gateway consumes the domain topics and delivers webhooks at all. */
    @WithDefault("true")
    boolean enabled();

    /** The consumer group of the gateway's webhook consumer. */
    @WithDefault("gateway-webhooks")
    String consumerGroup();

    @WithDefault("deliveryhub.projects.v1,deliveryhub.resources.v1,deliveryhub.delivery.v1,deliveryhub.alerts.v1")
    List<String> topics();

    /**
     * A fetch of the consumer is answered once this many bytes wait, or after {@link #fetchMaxWaitMs()}; raised, a poll
     * holds several events, planned in one transaction and committed with one offset commit.
     */
    @WithDefault("65536")
    int fetchMinBytes();

    @WithDefault("100")
    int fetchMaxWaitMs();

    /** Plain http targets too (the local stack). */
    @WithDefault("false")
    boolean allowHttp();

    /** Loopback targets too (the local stack). */
    @WithDefault("false")
    boolean allowLoopback();

    @WithDefault("5s,5m,30m,2h,5h,10h,10h")
    List<Duration> retrySchedule();

    /** Each retry delay is moved by up to this fraction, either way. */
    @WithDefault("0.2")
    double retryJitter();

    /** How long a receiver has to answer. */
    @WithDefault("15s")
    Duration timeout();

    /** Deliveries one subscription may have in flight at once (one per project lane at most). */
    @WithDefault("4")
    int maxInFlightPerSubscription();

    /** Deliveries this gateway has in flight at once, over all subscriptions. */
    @WithDefault("64")
    int maxInFlight();

    /** How often the dispatcher looks for due deliveries when nothing new arrived. */
    @WithDefault("1s")
    Duration dispatchEvery();

    /** A subscription whose deliveries keep failing this long is disabled (and alerted). */
    @WithDefault("5d")
    Duration disableAfterFailing();

    /** How long the previous secret still signs after a rotation. */
    @WithDefault("24h")
    Duration rotationOverlap();

    /** How long deliveries and their attempts are kept. */
    @WithDefault("30d")
    Duration logRetention();

    /** The keys that seal subscriptions' secrets in the database: {@code id:base64-key}, the first sealing. */
    List<String> secretKeys();

    default SealingKeys sealingKeys() {
        return SealingKeys.of(secretKeys());
    }

    default TargetPolicy targetPolicy() {
        return new TargetPolicy(allowHttp(), allowLoopback());
    }

    default RetrySchedule retries() {
        return new RetrySchedule(retrySchedule(), retryJitter());
    }
}
