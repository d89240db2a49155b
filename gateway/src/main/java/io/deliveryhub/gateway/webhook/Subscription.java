package io.deliveryhub.gateway.webhook;

import io.deliveryhub.gateway.auth.Roles;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A webhook subscription as stored; its secrets never leave the gateway except once, at creation. */
public record Subscription(UUID id, String owner, Set<String> ownerRoles, String url, Set<String> types,
        UUID projectId, String description, boolean enabled, String disabledReason, WebhookSecret secret,
        WebhookSecret previousSecret, Instant previousSecretUntil, Instant failingSince, long version,
        Instant createdAt, Instant updatedAt) {

    /** The secrets that sign a delivery now: the current one, and the previous one during a rotation. */
    public List<WebhookSecret> signingSecrets(Instant now) {
        List<WebhookSecret> secrets = new ArrayList<>(List.of(secret));
        if (previousSecret != null && previousSecretUntil != null && now.isBefore(previousSecretUntil)) {
            secrets.add(previousSecret);
        }
        return secrets;
    }

    /**
     * Whether this subscription receives the event: a type it names, of its project if it names one, that its owner
     * may read, and that happened since it was created (a new subscription does not receive the topics' history).
     */
    public boolean wants(WebhookEvent event) {
        return enabled && !event.time().isBefore(createdAt)
                && (projectId == null || projectId.equals(event.projectId()))
                && EventTypes.matches(types, event.type(), ownerRoles, ownerRoles.contains(Roles.ADMIN));
    }

    public JsonObject toJson() {
        return new JsonObject()
                .put("id", id.toString())
                .put("url", url)
                .put("types", new JsonArray(List.copyOf(types)))
                .put("projectId", projectId == null ? null : projectId.toString())
                .put("description", description)
                .put("enabled", enabled)
                .put("disabledReason", disabledReason)
                .put("previousSecretValidUntil", previousSecretUntil == null ? null : previousSecretUntil.toString())
                .put("version", version)
                .put("createdAt", createdAt.toString())
                .put("updatedAt", updatedAt.toString());
    }
}
