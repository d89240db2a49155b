package io.deliveryhub.gateway.web;

import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** The endpoints the gateway answers itself: their database work runs on a worker thread, never on the event loop. */
public final class OwnEndpoints {

    private OwnEndpoints() {
    }

    /** Runs {@code work} on a worker and {@code answer}s with its result; a failure becomes the route's problem. */
    public static <T> void blocking(RoutingContext context, Callable<T> work, Consumer<T> answer) {
        AccessLog.route(context, "gateway");
        context.vertx().executeBlocking(work, false).onComplete(result -> {
            if (result.succeeded()) {
                answer.accept(result.result());
            } else {
                context.fail(result.cause());
            }
        });
    }
}
