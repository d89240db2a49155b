package io.deliveryhub.gateway.routing;

import io.deliveryhub.gateway.web.GatewayProblem;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.streams.Pipe;
import io.vertx.core.streams.ReadStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One request streamed to its service and the answer streamed back, on Vert.x's HTTP client directly: the
 * Vert.x HTTP proxy would copy every header twice each way, parse and format a Date header per answer and chain
 * futures through its interceptors, work a gateway that only passes requests on has no use for (see
 * docs/performance.md). Hop-by-hop headers stay on their own hop (RFC 9110 §7.6.1); bodies are never buffered.
 */
final class ProxiedExchange {

    private static final MultiMap HOP_BY_HOP = MultiMap.caseInsensitiveMultiMap()
            .add(HttpHeaders.CONNECTION, "")
            .add(HttpHeaders.KEEP_ALIVE, "")
            .add(HttpHeaders.PROXY_AUTHENTICATE, "")
            .add(HttpHeaders.PROXY_AUTHORIZATION, "")
            .add("te", "")
            .add("trailer", "")
            .add(HttpHeaders.TRANSFER_ENCODING, "")
            .add(HttpHeaders.UPGRADE, "")
            .add(HttpHeaders.HOST, "");

    private final HttpServerRequest request;
    private final Upstream.Attempt upstream;
    private final long bodyLimit;
    private final Consumer<GatewayProblem> answer;
    private boolean tooLarge;

    /**
     * @param answer how a failure is told to the caller (a problem document), unless the caller has gone
     */
    private ProxiedExchange(HttpServerRequest request, Upstream.Attempt upstream, long bodyLimit,
            Consumer<GatewayProblem> answer) {
        this.request = request;
        this.upstream = upstream;
        this.bodyLimit = bodyLimit;
        this.answer = answer;
    }

    static void start(HttpServerRequest request, Upstream.Attempt upstream, long bodyLimit,
            Consumer<GatewayProblem> answer) {
        String transferEncoding = request.getHeader(HttpHeaders.TRANSFER_ENCODING);
        if (transferEncoding != null && !"chunked".equalsIgnoreCase(transferEncoding)) {
            throw new GatewayProblem(400, "bad-request", "Bad Request", "Only chunked transfer encoding is accepted");
        }
        // nothing of the body may be read before there is somewhere to send it
        request.pause();
        new ProxiedExchange(request, upstream, bodyLimit, answer).send();
    }

    private void send() {
        upstream.open(request.method(), request.uri(), request.path()).onComplete(opened -> {
            if (opened.failed()) {
                failed(opened.cause());
                return;
            }
            HttpClientRequest outgoing = opened.result();
            request.response().exceptionHandler(failure -> outgoing.reset(0L, failure));
            outgoing.response().onComplete(answered -> {
                if (answered.succeeded()) {
                    answer(answered.result(), outgoing);
                } else {
                    failed(answered.cause());
                }
            });
            copyHeaders(request.headers(), outgoing.headers());
            String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
            boolean chunked = request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
            ReadStream<Buffer> body = request;
            if (!chunked && (length == null || "0".equals(length))) {
                // No body (RFC 9112 §6.3): the request is ended at once rather than piped, and sent without a
                // Content-Length, which the Vert.x client leaves out for an empty request. A declared zero held
                // the services' body handler until the timeout; a write without length is answered at once.
                outgoing.headers().remove(HttpHeaders.CONTENT_LENGTH);
                request.resume();
                outgoing.end();
                return;
            }
            if (length != null) {
                outgoing.putHeader(HttpHeaders.CONTENT_LENGTH, length);
            } else {
                // a declared length was checked at the front door; an undeclared one is counted here
                outgoing.setChunked(true);
                body = new LimitedBody(request, bodyLimit, () -> tooLarge = true);
            }
            Pipe<Buffer> pipe = body.pipe();
            // a body cut short must break off the exchange, never arrive at the service as a complete one
            pipe.endOnFailure(false);
            pipe.to(outgoing).onFailure(ignored -> outgoing.reset());
        });
    }

    private void answer(HttpClientResponse reply, HttpClientRequest outgoing) {
        reply.pause();
        upstream.outcome(reply.statusCode());
        HttpServerResponse response = request.response();
        response.setStatusCode(reply.statusCode());
        if (reply.statusMessage() != null) {
            response.setStatusMessage(reply.statusMessage());
        }
        copyHeaders(reply.headers(), response.headers());
        if (!response.headers().contains(HttpHeaders.DATE)) {
            response.headers().set(HttpHeaders.DATE, HttpDate.now());
        }
        if (reply.getHeader(HttpHeaders.CONTENT_LENGTH) == null) {
            if (request.version() == HttpVersion.HTTP_1_0) {
                // an HTTP/1.0 caller cannot read chunks: the only case where an answer is held whole
                reply.body().onSuccess(response::end).onFailure(ignored -> response.reset());
                reply.resume();
                return;
            }
            response.setChunked(true);
        }
        Pipe<Buffer> pipe = reply.pipe();
        pipe.endOnFailure(false);
        pipe.to(response).onFailure(ignored -> {
            outgoing.reset();
            response.reset();
        });
    }

    private void failed(Throwable failure) {
        if (request.response().closed()) {
            // The caller hung up and the exchange was broken off on its account: no fault of the service, so
            // not counted against its breaker (callers leaving would open it for everyone).
            return;
        }
        // a body nobody will read is drained, so the caller's connection can carry its next request
        request.resume();
        answer.accept(tooLarge
                ? new GatewayProblem(413, "payload-too-large", "Payload Too Large",
                        "The body may have at most " + bodyLimit + " bytes on this route", null,
                        Map.of("Connection", "close"))
                : upstream.failed(failure, request.path()));
    }

    private static void copyHeaders(MultiMap from, MultiMap to) {
        for (Map.Entry<String, String> header : from) {
            if (!HOP_BY_HOP.contains(header.getKey())) {
                to.add(header.getKey(), header.getValue());
            }
        }
    }

    /** The Date of answers whose service sent none, formatted once a second rather than once per answer. */
    private static final class HttpDate {

        private record Second(long epochSecond, String formatted) {
        }

        private static volatile Second current = new Second(-1, "");

        static String now() {
            long epochSecond = System.currentTimeMillis() / 1000;
            Second second = current;
            if (second.epochSecond() != epochSecond) {
                second = new Second(epochSecond, DateTimeFormatter.RFC_1123_DATE_TIME.format(
                        OffsetDateTime.ofInstant(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC)));
                current = second;
            }
            return second.formatted();
        }
    }
}
