package io.deliveryhub.gateway.web;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the gateway refuses before any endpoint sees a request, as problem documents on every path. Netty's
 * own limits answer 414 and 431 with an empty body and Quarkus offers no hook into that answer, so Netty's
 * limits are set well above these ({@code quarkus.http.limits.*}) and the gateway enforces its own here.
 * Statuses the router itself produces (a path no route matches, an undecodable path) get problems too.
 */
@ApplicationScoped
public class Refusals {

    /** Before everything, Quarkus's own filters included: the limits hold for every path. */
    static final int ORDER = -1_000_000;
    private static final Map<Integer, String[]> ROUTER_STATUSES = Map.of(
            400, new String[] { "bad-request", "Bad Request", "The request cannot be read" },
            404, new String[] { "not-found", "Not Found", "Nothing is served at this path" },
            405, new String[] { "method-not-allowed", "Method Not Allowed", "This path does not take this method" },
            406, new String[] { "not-acceptable", "Not Acceptable", "No representation matches the Accept header" },
            413, new String[] { "payload-too-large", "Payload Too Large", "The request body is too large" },
            415, new String[] { "unsupported-media-type", "Unsupported Media Type", "This Content-Type is not accepted" },
            500, new String[] { "internal", "Internal Server Error",
                    "The gateway could not answer; the request id identifies it in the logs" });

    private final int maxUriLength;
    private final int maxHeaderSize;

    public Refusals(@ConfigProperty(name = "deliveryhub.gateway.limits.max-uri-length") int maxUriLength,
            @ConfigProperty(name = "deliveryhub.gateway.limits.max-header-size") int maxHeaderSize) {
        this.maxUriLength = maxUriLength;
        this.maxHeaderSize = maxHeaderSize;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::limit);
        ROUTER_STATUSES.forEach((status, words) -> router.errorHandler(status,
                context -> Problems.respond(context, words[0], words[1], status, words[2])));
    }

    private void limit(RoutingContext context) {
        String uri = context.request().uri();
        int nonAscii = nonAsciiAt(uri);
        if (uri.length() > maxUriLength) {
            refuse(context, 414, "uri-too-long", "URI Too Long",
                    "The request target may have at most " + maxUriLength + " characters");
        } else if (nonAscii >= 0) {
            // a URI is ASCII (RFC 3986); raw bytes beyond it are undecodable on the way to a service
            int query = uri.indexOf('?');
            Problems.respond(context, GatewayProblem.badRequest(query >= 0 && nonAscii > query ? "query" : "path",
                    "must be ASCII, with any other character %-encoded as UTF-8"));
        } else if (headerSize(context.request().headers()) > maxHeaderSize) {
            refuse(context, 431, "header-fields-too-large", "Request Header Fields Too Large",
                    "The request's header fields may have at most " + maxHeaderSize + " bytes together");
        } else {
            context.next();
        }
    }

    private static void refuse(RoutingContext context, int status, String type, String title, String detail) {
        Problems.respond(context, new GatewayProblem(status, type, title, detail, null, Map.of("Connection", "close")));
    }

    /** Where the first character that is not printable ASCII stands, or -1. */
    private static int nonAsciiAt(String uri) {
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c <= 0x20 || c >= 0x7F) {
                return i;
            }
        }
        return -1;
    }

    private static long headerSize(MultiMap headers) {
        long size = 0;
        for (Map.Entry<String, String> header : headers) {
            size += header.getKey().length() + header.getValue().length() + 4;
        }
        return size;
    }
}
