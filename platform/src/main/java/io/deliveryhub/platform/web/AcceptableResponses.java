package io.deliveryhub.platform.web;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A caller that accepts none of the types an endpoint answers in gets a 406 problem, not JSON it did not ask
 * for: endpoints without {@code @Produces} answer JSON.
 */
public class AcceptableResponses {

    private static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON_TYPE);

    private final Map<Method, List<MediaType>> produced = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void requireAcceptable(ResourceInfo resource, HttpHeaders headers) {
        Method method = resource.getResourceMethod();
        if (method == null || headers.getRequestHeader(HttpHeaders.ACCEPT) == null) {
            return;
        }
        List<MediaType> answers = produced.computeIfAbsent(method, m -> producedBy(m, resource.getResourceClass()));
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (answers.stream().anyMatch(accepted::isCompatible)) {
                return;
            }
        }
        throw new NotAcceptableException("This endpoint answers " + answers.stream().map(MediaType::toString)
                .reduce((a, b) -> a + " or " + b).orElse("JSON"));
    }

    private static List<MediaType> producedBy(Method method, Class<?> resource) {
        Produces produces = method.getAnnotation(Produces.class);
        if (produces == null && resource != null) {
            produces = resource.getAnnotation(Produces.class);
        }
        return produces == null ? JSON : Arrays.stream(produces.value()).flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::trim).map(MediaType::valueOf).toList();
    }
}
