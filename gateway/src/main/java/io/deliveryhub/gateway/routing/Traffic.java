package io.deliveryhub.gateway.routing;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** How much the gateway lets through and how long it waits, with more of both for batch imports. */
@ConfigMapping(prefix = "deliveryhub.gateway.traffic")
public interface Traffic {

    MemorySize bodyLimit();

    MemorySize batchBodyLimit();

    /** How long an upstream may stay silent before the request fails with 504. */
    Duration timeout();

    Duration batchTimeout();

    Duration connectTimeout();

    /** Path prefixes of bulk imports: larger bodies, longer timeouts. */
    List<String> batchPaths();

    CircuitBreakerSettings circuitBreaker();

    interface CircuitBreakerSettings {
        /** Consecutive failures (unreachable, timed out, 502-504) that open the breaker. */
        @WithDefault("5")
        int failureThreshold();

        /** How long an open breaker answers 503 at once before it lets one request try again. */
        @WithDefault("PT10S")
        Duration openFor();
    }

    default boolean isBatch(String path) {
        for (String prefix : batchPaths()) {
            if (RouteTable.underPrefix(path, prefix)) {
                return true;
            }
        }
        return false;
    }

    default long bodyLimitFor(String path) {
        return (isBatch(path) ? batchBodyLimit() : bodyLimit()).asLongValue();
    }

    default Duration timeoutFor(String path) {
        return isBatch(path) ? batchTimeout() : timeout();
    }
}
