package io.deliveryhub.gateway.routing;

import io.vertx.core.net.SocketAddress;
import java.net.URI;

/** One replica of a service behind the gateway: where it listens, and its own circuit breaker. */
record Replica(URI uri, SocketAddress origin, CircuitBreaker breaker) {

    Replica(URI uri, CircuitBreaker breaker) {
        this(uri, SocketAddress.inetSocketAddress(uri.getPort(), uri.getHost()), breaker);
    }

    @Override
    public String toString() {
        return uri.getAuthority();
    }
}
