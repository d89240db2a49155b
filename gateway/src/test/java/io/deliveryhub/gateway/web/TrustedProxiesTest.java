package io.deliveryhub.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deliveryhub.gateway.ratelimit.RateLimits;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The front door's judgement of where a request comes from, on a real server with the gateway's own handlers and
 * an anonymous limit of two a minute: requests come from 127.0.0.1 (no proxy) and from 127.0.0.2 (the trusted
 * proxy), both on the loopback interface. (Checked on a router of its own, as a @TestProfile would restart the
 * shared test infrastructure.)
 */
class TrustedProxiesTest {

    private static final String TRUSTED_PEER = "127.0.0.2";

    private final Vertx vertx = Vertx.vertx();
    private HttpServer server;

    @BeforeEach
    void serve() throws Exception {
        TrustedProxies proxies = new TrustedProxies(Optional.of(List.of(TRUSTED_PEER, " 10.0.0.0/8 ", "2001:db8::/32")));
        RateLimits limits = new RateLimits(2);
        Router router = Router.router(vertx);
        router.route().handler(proxies::identify).handler(limits::limit)
                .handler(context -> context.response().end(ClientOrigin.of(context).scheme() + " " + ClientOrigin.of(context).address()))
                .failureHandler(Problems::failureHandler);
        server = vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void close() {
        vertx.close();
    }

    @Test
    void aSpoofedForwardedForFromAnUntrustedPeerDoesNotChangeTheRateLimitKey() throws Exception {
        Answer first = get("127.0.0.1", Map.of("X-Forwarded-For", "203.0.113.1", "X-Forwarded-Proto", "https"));
        Answer second = get("127.0.0.1", Map.of("X-Forwarded-For", "203.0.113.2"));
        Answer third = get("127.0.0.1", Map.of("X-Forwarded-For", "203.0.113.3"));

        assertThat(first.body()).isEqualTo("http 127.0.0.1");
        assertThat(List.of(first.status(), second.status(), third.status())).containsExactly(200, 200, 429);
        assertThat(second.remaining()).isEqualTo("0");
    }

    @Test
    void fromATrustedProxyTheForwardedClientIsCountedAndItsSchemeKept() throws Exception {
        Answer first = get(TRUSTED_PEER, Map.of("X-Forwarded-For", "198.51.100.1", "X-Forwarded-Proto", "https"));
        Answer other = get(TRUSTED_PEER, Map.of("X-Forwarded-For", "198.51.100.2"));
        Answer again = get(TRUSTED_PEER, Map.of("X-Forwarded-For", "198.51.100.1"));
        Answer yetAnother = get(TRUSTED_PEER, Map.of("X-Forwarded-For", "198.51.100.3"));

        assertThat(first.body()).isEqualTo("https 198.51.100.1");
        assertThat(other.body()).isEqualTo("http 198.51.100.2");
        assertThat(List.of(first.remaining(), other.remaining(), again.remaining(), yetAnother.remaining()))
                .as("each forwarded client has its own bucket").containsExactly("1", "1", "0", "1");
    }

    @Test
    void theCallerIsTheNearestAddressNoTrustedProxyOwns() throws Exception {
        assertThat(get(TRUSTED_PEER, Map.of("X-Forwarded-For", "192.0.2.66, 198.51.100.7, 10.1.2.3")).body())
                .as("what the client wrote on the left is not believed").isEqualTo("http 198.51.100.7");
        assertThat(get(TRUSTED_PEER, Map.of("X-Forwarded-For", "not-an-address, 10.1.2.3")).body())
                .isEqualTo("http 10.1.2.3");
        assertThat(get(TRUSTED_PEER, Map.of("X-Forwarded-For", "198.51.100.8, [2001:db8::1]")).body())
                .isEqualTo("http 198.51.100.8");
        assertThat(get(TRUSTED_PEER, Map.of("X-Forwarded-Proto", "gopher")).body())
                .as("no forwarded address: the proxy itself; an unknown scheme: the connection's").isEqualTo("http 127.0.0.2");
    }

    @Test
    void aMalformedEntryStopsTheGatewayFromStarting() {
        assertThatThrownBy(() -> new TrustedProxies(Optional.of(List.of("10.0.0.0/33")))).hasMessageContaining("10.0.0.0/33");
        assertThatThrownBy(() -> new TrustedProxies(Optional.of(List.of("ingress.example.com")))).hasMessageContaining("ingress");
    }

    private record Answer(int status, String remaining, String body) {
    }

    private Answer get(String from, Map<String, String> headers) throws Exception {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setLocalAddress(from));
        try {
            return client.request(HttpMethod.GET, server.actualPort(), "127.0.0.1", "/api/v1/anything")
                    .compose(request -> {
                        headers.forEach(request::putHeader);
                        return request.send();
                    })
                    .compose((HttpClientResponse response) -> response.body().map(body ->
                            new Answer(response.statusCode(), response.getHeader("RateLimit-Remaining"), body.toString())))
                    .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } finally {
            client.close();
        }
    }
}
