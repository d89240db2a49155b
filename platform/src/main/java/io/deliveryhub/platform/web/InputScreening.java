package io.deliveryhub.platform.web;

import io.deliveryhub.platform.problem.FieldError;
import io.deliveryhub.platform.problem.RouteProblems;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hostile input never reaches a worker thread or the database: before anything else runs, a request whose path
 * or query holds a NUL or invalid UTF-8 (after %-decoding) is a 400 problem, and a URI or header block beyond the
 * service's limits a 414 or 431 problem (the HTTP decoder's own limits lie above these, and it refuses control
 * characters in headers itself, with an empty 400). It also answers, as problems, what the HTTP
 * layer would otherwise answer with an empty body: its own 4xx failures (such as 413) and routes nobody serves.
 */
@ApplicationScoped
public class InputScreening {

    private final RouteProblems problems;
    private final int maxUriLength;
    private final int maxHeaderBytes;

    public InputScreening(RouteProblems problems,
            @ConfigProperty(name = "deliveryhub.http.max-uri-length", defaultValue = "8192") int maxUriLength,
            @ConfigProperty(name = "deliveryhub.http.max-header-bytes", defaultValue = "32768") int maxHeaderBytes) {
        this.problems = problems;
        this.maxUriLength = maxUriLength;
        this.maxHeaderBytes = maxHeaderBytes;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::screen).failureHandler(this::failure);
        router.route().last().handler(context -> problems.send(context, 404, "not-found", "Not Found",
                "No resource at " + context.request().path(), Map.of()));
    }

    private void screen(RoutingContext context) {
        HttpServerRequest request = context.request();
        String uri = request.uri();
        if (uri.length() > maxUriLength) {
            problems.send(context, 414, "uri-too-long", "URI Too Long",
                    "The request URI is longer than " + maxUriLength + " characters", Map.of());
            return;
        }
        int query = uri.indexOf('?');
        String flaw = Utf8Text.flawInUri(query < 0 ? uri : uri.substring(0, query));
        if (flaw != null) {
            problems.badRequest(context, new FieldError("path", flaw));
            return;
        }
        flaw = query < 0 ? null : Utf8Text.flawInUri(uri.substring(query + 1));
        if (flaw != null) {
            problems.badRequest(context, new FieldError("query", flaw));
            return;
        }
        int headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > maxHeaderBytes) {
            problems.send(context, 431, "request-header-fields-too-large", "Request Header Fields Too Large",
                    "The request headers are larger than " + maxHeaderBytes + " bytes", Map.of());
            return;
        }
        context.next();
    }

    /** A 4xx the HTTP layer raised itself (a body over the limit, say); the rest goes on to Quarkus's handling. */
    private void failure(RoutingContext context) {
        int status = context.statusCode();
        if (status >= 400 && status < 500 && context.failure() == null) {
            String reason = HttpResponseStatus.valueOf(status).reasonPhrase();
            problems.send(context, status, reason.toLowerCase().replaceAll("[^a-z0-9]+", "-"), reason,
                    status == 413 ? "The request body is larger than the service accepts" : reason, Map.of());
            return;
        }
        context.next();
    }
}
