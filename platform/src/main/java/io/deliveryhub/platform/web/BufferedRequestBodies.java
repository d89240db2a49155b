package io.deliveryhub.platform.web;

import io.deliveryhub.platform.problem.FieldError;
import io.deliveryhub.platform.problem.RouteProblems;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads a request's body on the event loop before the endpoint runs. Without it, Quarkus REST hands a blocking
 * endpoint (all of ours: they use JDBC) a stream that the worker thread reads while the event loop feeds it, one
 * hand-off between the two threads per chunk, which costs more than holding the body (see docs/performance.md).
 * Bodies are small JSON documents (a timesheet import, the largest, is about 1 MB) and are parsed
 * whole anyway, so holding them in memory costs nothing the parsing did not.
 * <p>
 * Every write needs a caller, so the bearer token is verified before a byte of the body is read: an anonymous
 * or forged request is a 401 that costs no memory. A body that is not NUL-free UTF-8 is a 400 before any endpoint
 * sees it.
 */
@ApplicationScoped
public class BufferedRequestBodies {

    /** Right after Quarkus's authentication handler has put the (deferred) caller on the request. */
    static final int ORDER = -SecurityHandlerPriorities.AUTHENTICATION + 10;

    /** Quarkus's own limit for bodies: a larger one is refused with 413 here, as it would have been by Quarkus. */
    private final MemorySize maxBodySize;
    private final RouteProblems problems;

    public BufferedRequestBodies(
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBodySize,
            RouteProblems problems) {
        this.maxBodySize = maxBodySize;
        this.problems = problems;
    }

    void install(@Observes Router router) {
        BodyHandler bodies = BodyHandler.create(false).setBodyLimit(maxBodySize.asLongValue());
        router.route().order(ORDER)
                .method(HttpMethod.POST).method(HttpMethod.PUT).method(HttpMethod.PATCH)
                .handler(context -> authenticated(context, () -> {
                    if ("0".equals(context.request().getHeader(HttpHeaders.CONTENT_LENGTH))) {
                        // Vert.x's body handler waited for the end of a declared empty body until the client gave up,
                        // holding the request; without a body to read, the REST layer answers it at once
                        context.next();
                        return;
                    }
                    if (!context.request().isEnded()) {
                        context.request().resume();
                    }
                    bodies.handle(context);
                }))
                .handler(this::screen);
    }

    private void authenticated(RoutingContext context, Runnable then) {
        Context eventLoop = Vertx.currentContext();
        QuarkusHttpUser.getSecurityIdentity(context, null).subscribe().with(
                identity -> eventLoop.runOnContext(ignored -> {
                    if (identity == null || identity.isAnonymous()) {
                        problems.unauthorized(context, "This endpoint needs a valid bearer token");
                    } else {
                        then.run();
                    }
                }),
                failure -> eventLoop.runOnContext(ignored -> problems.unauthorized(context,
                        "The bearer token is missing, invalid or expired")));
    }

    private void screen(RoutingContext context) {
        Buffer body = context.body().buffer();
        if (body != null && body.length() > 0) {
            String contentType = context.request().getHeader("Content-Type");
            byte[] bytes = body.getBytes();
            String flaw = Utf8Text.flaw(bytes, bytes.length, contentType != null && contentType.contains("json"));
            if (flaw != null) {
                problems.badRequest(context, new FieldError("body", flaw));
                return;
            }
        }
        context.next();
    }
}
