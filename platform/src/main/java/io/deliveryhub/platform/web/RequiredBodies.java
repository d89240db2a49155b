package io.deliveryhub.platform.web;

import io.deliveryhub.platform.problem.BadRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A write without the body its endpoint takes is a 400 at once, before the endpoint could mistake the missing
 * document for one with every field absent.
 */
public class RequiredBodies {

    private final Map<Method, Boolean> takesBody = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void requireBody(ResourceInfo resource, RoutingContext context) {
        Method method = resource.getResourceMethod();
        if (method == null || !takesBody.computeIfAbsent(method, RequiredBodies::hasEntityParameter)) {
            return;
        }
        if (context.body() == null || context.body().buffer() == null || context.body().length() == 0) {
            throw BadRequest.ofField("body", "is required");
        }
    }

    /** The entity is the one parameter that neither JAX-RS nor the container fills in. */
    private static boolean hasEntityParameter(Method method) {
        for (Parameter parameter : method.getParameters()) {
            if (!injected(parameter)) {
                return true;
            }
        }
        return false;
    }

    private static boolean injected(Parameter parameter) {
        for (Annotation annotation : parameter.getAnnotations()) {
            String name = annotation.annotationType().getName();
            if (name.startsWith("jakarta.ws.rs.") || name.startsWith("org.jboss.resteasy.reactive.")) {
                return true;
            }
        }
        String type = parameter.getType().getName();
        return type.startsWith("jakarta.ws.rs.") || type.startsWith("io.vertx.") || type.startsWith("io.quarkus.")
                || type.startsWith("org.jboss.resteasy.") || type.startsWith("org.eclipse.microprofile.");
    }
}
