package io.deliveryhub.gateway.routing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which service owns which part of {@code /api/v1}: one entry per upstream, from configuration
 * ({@code deliveryhub.routes.<name>.upstream} and {@code .paths}), so adding a resource to a
 * service is a configuration change, not code.
 */
@ConfigMapping(prefix = "deliveryhub.routes")
public interface RouteTable {

    @WithParentName
    Map<String, Route> routes();

    interface Route {
        URI upstream();

        /** Path prefixes this upstream serves, e.g. {@code /api/v1/projects}. */
        List<String> paths();
    }

    /** The upstream name whose longest path prefix matches the request path on a segment boundary. */
    default Optional<String> ownerOf(String path) {
        return routes().entrySet().stream()
                .flatMap(route -> route.getValue().paths().stream()
                        .filter(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"))
                        .map(prefix -> Map.entry(prefix.length(), route.getKey())))
                .max(Comparator.comparingInt(Map.Entry::getKey))
                .map(Map.Entry::getValue);
    }
}
