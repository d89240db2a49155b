package io.deliveryhub.platform.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads a request's body on the event loop before the endpoint runs. Without it, Quarkus REST hands a blocking
 * endpoint (all of ours: they use JDBC) a stream that the worker thread reads while the event loop feeds it, one
 * hand-off between the two threads per chunk; profiled at 12 % of projects-service's CPU under a stream of
 * status reports. Bodies are small JSON documents (a timesheet import, the largest, is about 1 MB) and are parsed
 * whole anyway, so holding them in memory costs nothing the parsing did not.
 */
@ApplicationScoped
public class BufferedRequestBodies {

    /** Quarkus's own limit for bodies: a larger one is refused with 413 here, as it would have been by Quarkus. */
    private final MemorySize maxBodySize;

    public BufferedRequestBodies(
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    void install(@Observes Router router) {
        BodyHandler bodies = BodyHandler.create(false).setBodyLimit(maxBodySize.asLongValue());
        // before authentication and the REST layer, as Quarkus places its own body handler when an extension needs it
        router.route().order(Integer.MIN_VALUE + 1)
                .method(HttpMethod.POST).method(HttpMethod.PUT).method(HttpMethod.PATCH)
                .handler(context -> {
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
                });
    }
}
