package io.deliveryhub.gateway.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.deliveryhub.gateway.Callers;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The gateway's own answers are counted by method and status class, with latency buckets, and never by path. */
@QuarkusTest
class ResponseTimesTest {

    @Test
    void answersAreTimedByMethodAndStatusClassWithBoundedBuckets() {
        double fiveBefore = count("GET", "5xx");
        double twoBefore = count("GET", "2xx");

        // the legacy route points at a closed port: the gateway itself answers 503
        Callers.admin().get("/api/v1/legacy/" + UUID.randomUUID()).then().statusCode(503);
        Callers.admin().get("/api/v1/projects/" + UUID.randomUUID()).then().statusCode(200);

        assertThat(count("GET", "5xx")).isEqualTo(fiveBefore + 1);
        assertThat(count("GET", "2xx")).isGreaterThanOrEqualTo(twoBefore + 1);
        List<String> buckets = series("http_server_requests_seconds_bucket{").stream()
                .filter(line -> line.contains("method=\"GET\"") && line.contains("status=\"5xx\"")).toList();
        assertThat(buckets).as("eleven boundaries and +Inf").hasSize(12).anyMatch(line -> line.contains("le=\"0.1\""));
        assertThat(series("http_server_requests_seconds")).noneMatch(line -> line.contains("uri="));
    }

    private static double count(String method, String status) {
        return series("http_server_requests_seconds_count{").stream()
                .filter(line -> line.contains("method=\"" + method + "\"") && line.contains("status=\"" + status + "\""))
                .mapToDouble(ResponseTimesTest::value)
                .findFirst().orElseThrow();
    }

    /** The sample's value: an OpenMetrics line may end with an exemplar ("# {trace_id=...} value timestamp"). */
    private static double value(String line) {
        String sample = line.contains(" # ") ? line.substring(0, line.indexOf(" # ")) : line;
        return Double.parseDouble(sample.substring(sample.lastIndexOf(' ') + 1));
    }

    private static List<String> series(String prefix) {
        return given().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith(prefix)).toList();
    }
}
