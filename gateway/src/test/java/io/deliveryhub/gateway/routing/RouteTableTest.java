package io.deliveryhub.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteTableTest {

    private final RouteTable table = () -> Map.of(
            "projects", route("/api/v1/projects", "/api/v1/clients"),
            "metrics", route("/api/v1/metrics", "/api/v1/projects/metrics-preview"));

    @Test
    void matchesAPrefixOnASegmentBoundary() {
        assertThat(table.ownerOf("/api/v1/projects")).contains("projects");
        assertThat(table.ownerOf("/api/v1/projects/ACME/milestones")).contains("projects");
        assertThat(table.ownerOf("/api/v1/projectsx")).isEmpty();
    }

    @Test
    void prefersTheLongestMatchingPrefix() {
        assertThat(table.ownerOf("/api/v1/projects/metrics-preview/x")).contains("metrics");
    }

    @Test
    void hasNoOwnerForUnknownPaths() {
        assertThat(table.ownerOf("/api/v1/unknown")).isEmpty();
    }

    private static RouteTable.Route route(String... paths) {
        return new RouteTable.Route() {
            @Override
            public List<URI> upstream() {
                return List.of(URI.create("http://localhost:1"));
            }

            @Override
            public List<String> paths() {
                return List.of(paths);
            }
        };
    }
}
