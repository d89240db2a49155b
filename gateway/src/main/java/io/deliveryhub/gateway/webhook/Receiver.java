package io.deliveryhub.gateway.webhook;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends one webhook: a POST to an address resolved and checked beforehand (the connection goes to that address, so a
 * name cannot resolve to another in between), redirects never followed, the whole exchange bounded by the timeout,
 * and at most {@link #SNIPPET_BYTES} of the answer read.
 */
final class Receiver {

    static final int SNIPPET_BYTES = 4096;

    /** What the receiver did: its status and the start of its answer, or why it never answered (status 0). */
    record Outcome(int status, String snippet, String error, long latencyMillis) {

        boolean delivered() {
            return status >= 200 && status < 300;
        }
    }

    /** A POST, ready to go to {@code address}. */
    record Request(URI url, InetAddress address, Buffer body, java.util.Map<String, String> headers) {
    }

    private final HttpClient client;
    private final Vertx vertx;
    private final Duration timeout;

    Receiver(Vertx vertx, Duration timeout, int maxConnections) {
        this.vertx = vertx;
        this.timeout = timeout;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) timeout.toMillis())
                .setKeepAlive(true)
                .setVerifyHost(true), new PoolOptions().setHttp1MaxSize(maxConnections));
    }

    Future<Outcome> send(Request request) {
        long started = System.nanoTime();
        Promise<Outcome> outcome = Promise.promise();
        AtomicBoolean settled = new AtomicBoolean();
        boolean https = "https".equalsIgnoreCase(request.url().getScheme());
        int port = request.url().getPort() > 0 ? request.url().getPort() : https ? 443 : 80;
        String path = request.url().getRawPath() == null || request.url().getRawPath().isEmpty() ? "/"
                : request.url().getRawPath();
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(port, request.address().getHostAddress()))
                .setHost(request.url().getHost())
                .setPort(port)
                .setSsl(https)
                .setURI(request.url().getRawQuery() == null ? path : path + "?" + request.url().getRawQuery())
                .setFollowRedirects(false);
        request.headers().forEach(options::addHeader);
        // On an event loop: a response's handlers must be set on its context before it can deliver its body.
        vertx.runOnContext(ignored -> exchange(options, request.body(), started, outcome, settled));
        return outcome.future();
    }

    private void exchange(RequestOptions options, Buffer body, long started, Promise<Outcome> outcome,
            AtomicBoolean settled) {
        AtomicBoolean answered = new AtomicBoolean();
        long timer = vertx.setTimer(timeout.toMillis(), id -> settle(outcome, settled,
                new Outcome(0, null, "no answer within " + timeout.toSeconds() + " s", elapsed(started))));
        client.request(options).compose(exchange -> {
            HttpClientRequest sent = exchange;
            // A timeout, or an answer cut at the snippet's size: the connection goes, the rest is never read.
            outcome.future().onComplete(done -> {
                if (!answered.get()) {
                    sent.reset();
                }
            });
            return sent.send(body);
        }).onSuccess(response -> {
            Buffer snippet = Buffer.buffer();
            response.handler(chunk -> {
                int room = SNIPPET_BYTES - snippet.length();
                snippet.appendBuffer(chunk.length() <= room ? chunk : chunk.getBuffer(0, Math.max(room, 0)));
                if (snippet.length() >= SNIPPET_BYTES) {
                    settle(outcome, settled, new Outcome(response.statusCode(), text(snippet), null, elapsed(started)));
                }
            });
            response.endHandler(end -> {
                answered.set(true);
                settle(outcome, settled, new Outcome(response.statusCode(), text(snippet), null, elapsed(started)));
            });
            response.exceptionHandler(failure -> settle(outcome, settled,
                    new Outcome(response.statusCode(), text(snippet), null, elapsed(started))));
        }).onFailure(failure -> settle(outcome, settled,
                new Outcome(0, null, String.valueOf(failure.getMessage()), elapsed(started))));
        outcome.future().onComplete(done -> vertx.cancelTimer(timer));
    }

    private static void settle(Promise<Outcome> outcome, AtomicBoolean settled, Outcome result) {
        if (settled.compareAndSet(false, true)) {
            outcome.complete(result);
        }
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static String text(Buffer snippet) {
        return snippet.length() == 0 ? null : new String(snippet.getBytes(), StandardCharsets.UTF_8);
    }
}
