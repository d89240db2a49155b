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

    /** Bodies of POSTs with an Idempotency-Key are held whole to hash them: whatever the route, at most this. */
    @WithDefault("1M")
    MemorySize idempotentBodyLimit();

    /** How long an upstream may stay silent before the request fails with 504. */
    Duration timeout();

    Duration batchTimeout();

    /**
     * How long opening a TCP connection to a service may take; kept below {@link #queueTimeout()}, so a host that does
     * not answer fails as unreachable (and counts against its breaker) rather than as busy.
     */
    Duration connectTimeout();

    /** Connections the gateway keeps to one service, per event loop (each loop has a pool of its own). */
    int connectionsPerLoop();

    /**
     * Requests that may wait for one of those connections, per event loop and service. More are answered 503 at once:
     * a saturated service would otherwise have the gateway hold every request sent meanwhile, and its connection, in
     * memory.
     */
    int queueLimit();

    /** How long a request may wait for a connection to its service before it is answered 503. */
    Duration queueTimeout();

    /** Path prefixes of bulk imports: larger bodies, longer timeouts. */
    List<String> batchPaths();

    CircuitBreakerSettings circuitBreaker();

    interface CircuitBreakerSettings {
        /** How many of the upstream's last calls its health is judged on. */
        @WithDefault("20")
        int windowSize();

        /** Fewer calls than this in the window never open the breaker. */
        @WithDefault("5")
        int minimumCalls();

        /** The failure rate (each caller weighing the same) at which the breaker opens. */
        @WithDefault("0.5")
        double failureRatio();

        /** How long an open breaker answers 503 at once before it lets one request try again. */
        @WithDefault("PT10S")
        Duration openFor();
    }

    /** Requests one caller may have in flight at one upstream; more are answered 429 at once. */
    @WithDefault("16")
    int callerConcurrency();

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
