package io.deliveryhub.gateway.routing;

import io.deliveryhub.gateway.web.GatewayProblem;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.net.ConnectException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * One service behind the gateway, as one or more replicas that take requests in turn, each with its own circuit
 * breaker: a replica whose breaker is open is passed over, and the service answers 503 at once only when every
 * replica's is. Requests whose method is idempotent are tried a second time, on another replica when there is one,
 * when the connection cannot be made (nothing was sent, so nothing can happen twice); no request is retried once it
 * reached the service. A request that finds every connection to the service busy waits in a bounded queue for a
 * bounded time ({@link Traffic#queueLimit()}, {@link Traffic#queueTimeout()}) and is otherwise answered 503 at once.
 */
public final class Upstream {

    private static final Logger LOG = Logger.getLogger(Upstream.class);
    private static final Set<HttpMethod> IDEMPOTENT = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.PUT, HttpMethod.DELETE);

    /** A whole answer, for the gateway's own use (composite views, idempotent replays). */
    public record Reply(int status, MultiMap headers, Buffer body) {
    }

    private final String name;
    private final List<Replica> replicas;
    private final EventLoopClients clients;
    private final Traffic traffic;
    private final AtomicInteger turn = new AtomicInteger();

    Upstream(String name, List<URI> uris, EventLoopClients clients, Traffic traffic) {
        if (uris.isEmpty()) {
            throw new IllegalArgumentException("The " + name + " route names no upstream URL");
        }
        this.name = name;
        Traffic.CircuitBreakerSettings settings = traffic.circuitBreaker();
        this.replicas = uris.stream().map(uri -> new Replica(uri, new CircuitBreaker(settings.windowSize(),
                settings.minimumCalls(), settings.failureRatio(), settings.openFor()))).toList();
        this.clients = clients;
        this.traffic = traffic;
    }

    public String name() {
        return name;
    }

    List<Replica> replicas() {
        return replicas;
    }

    /**
     * The replica that takes the next request: the next in turn whose breaker lets it through.
     *
     * @param caller who is calling, for the breakers' count
     * @throws GatewayProblem 503 at once while every replica's breaker is open
     */
    public Attempt admit(String caller) {
        long now = System.nanoTime();
        Replica replica = next(now, null);
        if (replica == null) {
            long retryAfter = replicas.stream().mapToLong(each -> each.breaker().retryAfterSeconds(now)).min().orElse(1);
            throw new GatewayProblem(503, "upstream-unavailable", "Service Unavailable",
                    "The " + name + " service is failing; the gateway is giving it time to recover", null,
                    Map.of("Retry-After", String.valueOf(retryAfter)));
        }
        return new Attempt(replica, caller);
    }

    /** The next replica in turn, other than {@code passedOver}, whose breaker lets a request through; null if none. */
    private Replica next(long now, Replica passedOver) {
        int size = replicas.size();
        int first = Math.floorMod(turn.getAndIncrement(), size);
        for (int i = 0; i < size; i++) {
            Replica replica = replicas.get((first + i) % size);
            if (replica != passedOver && replica.breaker().allow(now)) {
                return replica;
            }
        }
        return null;
    }

    /** Sends a whole request and reads the whole answer: for small bodies the gateway needs in hand. */
    public Future<Reply> exchange(HttpMethod method, String uri, MultiMap headers, Buffer body, String caller) {
        try {
            return admit(caller).exchange(method, uri, headers, body);
        } catch (GatewayProblem open) {
            return Future.failedFuture(open);
        }
    }

    /** One request's go at the service: the replica it is on, which changes if the request is tried again. */
    public final class Attempt {

        private final String caller;
        private Replica replica;

        private Attempt(Replica replica, String caller) {
            this.replica = replica;
            this.caller = caller;
        }

        /**
         * A connection to the replica for one request (method and URI are set by the caller).
         *
         * @return failed with a 503 {@link GatewayProblem} when the gateway's queue for the service is full or the
         *         request waited its time in it
         */
        public Future<HttpClientRequest> open(HttpMethod method, String uri, String path) {
            HttpClient client = clients.current();
            Future<HttpClientRequest> request = client.request(options(method, uri, replica, path));
            if (IDEMPOTENT.contains(method)) {
                request = request.recover(failure -> failure instanceof ConnectException
                        ? client.request(options(method, uri, retryOn(), path))
                        : Future.failedFuture(failure));
            }
            return request.recover(failure -> Future.failedFuture(queuedOut(failure) ? busy() : failure));
        }

        private RequestOptions options(HttpMethod method, String uri, Replica target, String path) {
            return new RequestOptions()
                    .setServer(target.origin())
                    .setMethod(method)
                    .setURI(uri)
                    // bounds the wait for a pooled connection as well as for a new one
                    .setConnectTimeout(traffic.queueTimeout().toMillis())
                    .setIdleTimeout(traffic.timeoutFor(path).toMillis());
        }

        /**
         * Whether getting a connection failed for the gateway's own queue, full or waited out: before anything was sent,
         * while the service was busy with the requests already on every connection.
         */
        private static boolean queuedOut(Throwable failure) {
            return failure instanceof ConnectionPoolTooBusyException || failure instanceof TimeoutException;
        }

        /** Not counted against the replica's breaker: the service is answering, and the requests on it count for themselves. */
        private GatewayProblem busy() {
            return new GatewayProblem(503, "upstream-busy", "Service Unavailable",
                    "The " + name + " service has more requests waiting than the gateway queues for it; try again shortly",
                    null, Map.of("Retry-After", "1"));
        }

        /**
         * Where a request whose connection was refused goes again: another replica if one is let through (the refusal
         * then counts against the first), else the same one, as with a single replica.
         */
        private Replica retryOn() {
            long now = System.nanoTime();
            Replica other = next(now, replica);
            if (other != null) {
                LOG.debugf("%s %s refused a connection; trying %s", name, replica, other);
                replica.breaker().record(now, caller, CircuitBreaker.Outcome.UNREACHABLE);
                replica = other;
            }
            return replica;
        }

        /** Records how the exchange ended, for the replica's breaker: a 5xx answer counts against the replica. */
        public void outcome(int status) {
            replica.breaker().record(System.nanoTime(), caller,
                    status >= 500 ? CircuitBreaker.Outcome.FAILED : CircuitBreaker.Outcome.SUCCEEDED);
        }

        /** The failure as the caller should see it (and counted against the replica's breaker). */
        public GatewayProblem failed(Throwable failure, String path) {
            if (failure instanceof GatewayProblem problem) {
                // the gateway's own refusal (a body over the limit): no word on the replica's health
                return problem;
            }
            replica.breaker().record(System.nanoTime(), caller, failure instanceof ConnectException
                    ? CircuitBreaker.Outcome.UNREACHABLE
                    : CircuitBreaker.Outcome.FAILED);
            LOG.warnf("%s (%s) %s failed: %s", name, replica, path, failure.toString());
            if (failure instanceof TimeoutException || failure.getCause() instanceof TimeoutException) {
                return new GatewayProblem(504, "upstream-timeout", "Gateway Timeout",
                        "The " + name + " service did not answer within " + traffic.timeoutFor(path).toSeconds() + " s");
            }
            if (failure instanceof ConnectException) {
                return new GatewayProblem(503, "upstream-unavailable", "Service Unavailable",
                        "The " + name + " service is not reachable; try again shortly", null, Map.of("Retry-After", "5"));
            }
            return new GatewayProblem(502, "upstream-failed", "Bad Gateway",
                    "The " + name + " service broke off the exchange");
        }

        /** Sends a whole request and reads the whole answer. */
        public Future<Reply> exchange(HttpMethod method, String uri, MultiMap headers, Buffer body) {
            String path = uri.contains("?") ? uri.substring(0, uri.indexOf('?')) : uri;
            return open(method, uri, path)
                    .compose(request -> {
                        request.headers().addAll(headers);
                        return body == null ? request.send() : request.send(body);
                    })
                    .compose(response -> response.body().map(content -> new Reply(response.statusCode(),
                            MultiMap.caseInsensitiveMultiMap().addAll(response.headers()), content)))
                    .andThen(result -> {
                        if (result.succeeded()) {
                            outcome(result.result().status());
                        }
                    })
                    .recover(failure -> Future.failedFuture(failure instanceof GatewayProblem ? failure : failed(failure, path)));
        }
    }
}
