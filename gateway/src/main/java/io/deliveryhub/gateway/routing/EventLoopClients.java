package io.deliveryhub.gateway.routing;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One pooled HTTP client per event loop, each used only by requests arriving on that loop. A pooled
 * connection belongs to the event loop that opened it; with one shared pool, a request arriving on loop A
 * often got a connection of loop B, and every step of the exchange (lease, write, response head, body,
 * end) then hopped between the two threads with a selector wake-up each time, costly work that keeping each
 * exchange on one thread avoids. Callers off the event loops share one more client.
 */
final class EventLoopClients {

    private final Vertx vertx;
    private final HttpClientOptions options;
    private final PoolOptions pool;
    private final HttpClient offLoop;
    private final Map<Thread, HttpClient> byLoop = new ConcurrentHashMap<>();

    EventLoopClients(Vertx vertx, HttpClientOptions options, PoolOptions pool) {
        this.vertx = vertx;
        this.options = options;
        this.pool = pool;
        this.offLoop = vertx.createHttpClient(options, pool);
    }

    /** The client of the calling event loop (created on its first request), or the shared one elsewhere. */
    HttpClient current() {
        if (!Context.isOnEventLoopThread()) {
            return offLoop;
        }
        Thread loop = Thread.currentThread();
        HttpClient client = byLoop.get(loop);
        return client != null ? client : byLoop.computeIfAbsent(loop, ignored -> vertx.createHttpClient(options, pool));
    }
}
