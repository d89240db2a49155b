package io.deliveryhub.gateway.routing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;
import java.net.URI;
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
        /** Where the service listens: one URL per replica (comma-separated in configuration). */
        List<URI> upstream();

        /** Path prefixes this upstream serves, e.g. {@code /api/v1/projects}. */
        List<String> paths();
    }

    /**
     * The upstream name whose longest path prefix matches the request path on a segment boundary. Asked on
     * every request, so a plain loop that allocates nothing.
     */
    default Optional<String> ownerOf(String path) {
        String owner = null;
        int longest = -1;
        for (Map.Entry<String, Route> route : routes().entrySet()) {
            for (String prefix : route.getValue().paths()) {
                if (prefix.length() > longest && underPrefix(path, prefix)) {
                    owner = route.getKey();
                    longest = prefix.length();
                }
            }
        }
        return Optional.ofNullable(owner);
    }

    /** The path is the prefix or lies below it ({@code /api/v1/projects} owns {@code /api/v1/projects/X}, not {@code /api/v1/projectsX}). */
    static boolean underPrefix(String path, String prefix) {
        return path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/');
    }
}
