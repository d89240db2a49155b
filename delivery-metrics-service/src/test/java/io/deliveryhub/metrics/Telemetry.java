package io.deliveryhub.metrics;

import static io.deliveryhub.platform.security.Roles.INTEGRATION_PIPELINES;

import io.deliveryhub.testkit.Api;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Deployments and incidents as a pipeline posts them; each factory gives a fresh externalId. */
public final class Telemetry {

    private Telemetry() {
    }

    public static String newExternalId(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    public static Map<String, Object> deployment(UUID projectId, String finishedAt, Object... commitShaAndTime) {
        Map<String, Object> body = new HashMap<>();
        body.put("externalId", newExternalId("deploy"));
        body.put("projectId", projectId.toString());
        body.put("service", "payments-api");
        body.put("environment", "production");
        body.put("startedAt", java.time.Instant.parse(finishedAt).minusSeconds(600).toString());
        body.put("finishedAt", finishedAt);
        body.put("status", "SUCCESS");
        List<Map<String, Object>> commits = new java.util.ArrayList<>();
        for (int i = 0; i < commitShaAndTime.length; i += 2) {
            commits.add(Map.of("sha", commitShaAndTime[i], "committedAt", commitShaAndTime[i + 1]));
        }
        body.put("commits", commits);
        return body;
    }

    public static Map<String, Object> incident(UUID projectId, String openedAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("externalId", newExternalId("incident"));
        body.put("projectId", projectId.toString());
        body.put("service", "payments-api");
        body.put("openedAt", openedAt);
        body.put("severity", "SEV2");
        return body;
    }

    public static ValidatableResponse post(String path, Map<String, Object> body) {
        return Api.as(INTEGRATION_PIPELINES).body(body).post(path).then();
    }

    public static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
    }
}
