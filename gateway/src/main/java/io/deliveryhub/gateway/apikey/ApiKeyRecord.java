package io.deliveryhub.gateway.apikey;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** An integration's key as stored: never the clear key, only what it may do and when it was used. */
public record ApiKeyRecord(UUID id, String name, Set<String> roles, int ratePerMinute, Instant createdAt,
        Instant lastUsedAt, Instant revokedAt) {

    public JsonObject toJson() {
        return new JsonObject()
                .put("id", id.toString())
                .put("name", name)
                .put("roles", new JsonArray(new TreeSet<>(roles).stream().toList()))
                .put("rateLimitPerMinute", ratePerMinute)
                .put("createdAt", createdAt.toString())
                .put("lastUsedAt", lastUsedAt == null ? null : lastUsedAt.toString())
                .put("revokedAt", revokedAt == null ? null : revokedAt.toString());
    }
}
