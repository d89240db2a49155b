package io.deliveryhub.gateway.routing;

import io.deliveryhub.gateway.web.GatewayProblem;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import java.net.ConnectException;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * One service behind the gateway, with its own circuit breaker and timeouts. Requests whose method is
 * idempotent are tried a second time when the connection cannot be made (nothing was sent, so nothing
 * can happen twice); no request is retried once it reached the service.
 */
public final class Upstream {

    private static final Logger LOG = Logger.getLogger(Upstream.class);
    private static final Set<HttpMethod> IDEMPOTENT = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.PUT, HttpMethod.DELETE);

    /** A whole answer, for the gateway's own use (composite views, idempotent replays). */
    public record Reply(int status, MultiMap headers, Buffer body) {
    }

    private final String name;
    private final SocketAddress origin;
    private final EventLoopClients clients;
    private final Traffic traffic;
    private final CircuitBreaker breaker;

    Upstream(String name, URI uri, EventLoopClients clients, Traffic traffic) {
        this.name = name;
        this.origin = SocketAddress.inetSocketAddress(uri.getPort(), uri.getHost());
        this.clients = clients;
        this.traffic = traffic;
        Traffic.CircuitBreakerSettings settings = traffic.circuitBreaker();
        this.breaker = new CircuitBreaker(settings.windowSize(), settings.minimumCalls(), settings.failureRatio(),
                settings.openFor());
    }

    public String name() {
        return name;
    }

    /** Fails with a 503 problem at once while the breaker is open. */
    public void admit() {
        long now = System.nanoTime();
        if (!breaker.allow(now)) {
            throw new GatewayProblem(503, "upstream-unavailable", "Service Unavailable",
                    "The " + name + " service is failing; the gateway is giving it time to recover", null,
                    Map.of("Retry-After", String.valueOf(breaker.retryAfterSeconds(now))));
        }
    }

    /** A connection to the service for one request (method and URI are set by the caller). */
    public Future<HttpClientRequest> open(HttpMethod method, String uri, String path) {
        RequestOptions options = new RequestOptions()
                .setServer(origin)
                .setMethod(method)
                .setURI(uri)
                .setIdleTimeout(traffic.timeoutFor(path).toMillis());
        HttpClient client = clients.current();
        Future<HttpClientRequest> request = client.request(options);
        return IDEMPOTENT.contains(method)
                ? request.recover(failure -> failure instanceof ConnectException
                        ? client.request(options)
                        : Future.failedFuture(failure))
                : request;
    }

    /** Records how an exchange ended, for the breaker: a 5xx answer counts against the service. */
    public void outcome(int status, String caller) {
        breaker.record(System.nanoTime(), caller,
                status >= 500 ? CircuitBreaker.Outcome.FAILED : CircuitBreaker.Outcome.SUCCEEDED);
    }

    /** The failure as the caller should see it (and counted against the breaker). */
    public GatewayProblem failed(Throwable failure, String path, String caller) {
        if (failure instanceof GatewayProblem problem) {
            // the gateway's own refusal (a body over the limit): no word on the service's health
            return problem;
        }
        breaker.record(System.nanoTime(), caller, failure instanceof ConnectException
                ? CircuitBreaker.Outcome.UNREACHABLE
                : CircuitBreaker.Outcome.FAILED);
        LOG.warnf("%s %s failed: %s", name, path, failure.toString());
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

    /** Sends a whole request and reads the whole answer: for small bodies the gateway needs in hand. */
    public Future<Reply> exchange(HttpMethod method, String uri, MultiMap headers, Buffer body, String caller) {
        String path = uri.contains("?") ? uri.substring(0, uri.indexOf('?')) : uri;
        try {
            admit();
        } catch (GatewayProblem open) {
            return Future.failedFuture(open);
        }
        return open(method, uri, path)
                .compose(request -> {
                    request.headers().addAll(headers);
                    return body == null ? request.send() : request.send(body);
                })
                .compose(response -> response.body().map(content -> new Reply(response.statusCode(),
                        MultiMap.caseInsensitiveMultiMap().addAll(response.headers()), content)))
                .andThen(result -> {
                    if (result.succeeded()) {
                        outcome(result.result().status(), caller);
                    }
                })
                .recover(failure -> Future.failedFuture(failed(failure, path, caller)));
    }
}
