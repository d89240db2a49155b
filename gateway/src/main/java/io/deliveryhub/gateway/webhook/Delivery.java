package io.deliveryhub.gateway.webhook;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One event for one subscription, and the attempts to deliver it (newest last). */
public record Delivery(UUID id, UUID subscriptionId, UUID eventId, String eventType, Instant eventTime, String lane,
        String status, int attempts, Instant nextAttemptAt, Instant createdAt, List<Attempt> attemptLog) {

    public static final String PENDING = "PENDING";
    public static final String DELIVERED = "DELIVERED";
    public static final String FAILED = "FAILED";

    /** One try: the receiver's status (null when it never answered), latency, and the start of its answer. */
    public record Attempt(Instant at, Integer statusCode, int latencyMs, String error, String responseSnippet) {

        JsonObject toJson() {
            return new JsonObject().put("at", at.toString()).put("statusCode", statusCode).put("latencyMs", latencyMs)
                    .put("error", error).put("responseSnippet", responseSnippet);
        }
    }

    public JsonObject toJson() {
        return new JsonObject()
                .put("id", id.toString())
                .put("subscriptionId", subscriptionId.toString())
                .put("webhookId", eventId.toString())
                .put("eventType", eventType)
                .put("eventTime", eventTime.toString())
                .put("orderingKey", lane)
                .put("status", status)
                .put("attempts", attempts)
                .put("nextAttemptAt", PENDING.equals(status) ? nextAttemptAt.toString() : null)
                .put("createdAt", createdAt.toString())
                .put("attemptLog", new JsonArray(attemptLog.stream().map(Attempt::toJson).toList()));
    }
}
