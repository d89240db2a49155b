package io.deliveryhub.gateway.webhook;

import io.deliveryhub.gateway.apikey.ApiKeyRevoked;
import io.deliveryhub.gateway.auth.Caller;
import io.deliveryhub.gateway.auth.Roles;
import io.deliveryhub.gateway.web.GatewayProblem;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The rules of webhook subscriptions: ADMIN manages every subscription, an integration (an API key) only its own;
 * anyone else's subscription does not exist for it (404). Blocking.
 */
@ApplicationScoped
public class Subscriptions {

    private static final Logger LOG = Logger.getLogger(Subscriptions.class);
    static final int MAX_TYPES = 50;
    static final int MAX_DESCRIPTION = 500;
    private static final Set<String> FIELDS = Set.of("url", "types", "projectId", "description", "enabled");

    private final SubscriptionStore store;
    private final WebhookSettings settings;
    private final Clock clock = Clock.systemUTC();

    /** What a creation or a rotation answers: the subscription and, this one time, its new secret. */
    public record WithSecret(Subscription subscription, WebhookSecret secret) {
    }

    public Subscriptions(SubscriptionStore store, WebhookSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    /** A revoked integration gets nothing: its subscriptions are disabled, and say why. */
    void ownerRevoked(@Observes ApiKeyRevoked revoked) {
        int disabled = store.disableOwnedBy(Caller.integrationId(revoked.name()), SubscriptionStore.OWNER_REVOKED,
                revoked.at());
        if (disabled > 0) {
            LOG.infof("disabled %d webhook subscriptions of the revoked API key %s", disabled, revoked.name());
        }
    }

    public WithSecret create(Caller caller, JsonObject body) {
        requireManager(caller);
        refuseUnknownFields(body);
        Instant now = clock.instant();
        WebhookSecret secret = WebhookSecret.generate();
        Subscription subscription = new Subscription(UUID.randomUUID(), caller.id(), caller.roles(),
                url(body.getValue("url")), types(caller, body.getValue("types")), projectId(body.getValue("projectId")),
                description(body.getValue("description")), enabled(body.getValue("enabled"), true), null, secret,
                null, null, null, 1, now, now);
        store.insert(subscription);
        return new WithSecret(subscription, secret);
    }

    public SubscriptionStore.Page list(Caller caller, int page, int size) {
        requireManager(caller);
        return store.page(isAdmin(caller) ? null : caller.id(), page, size);
    }

    public Subscription get(Caller caller, UUID id) {
        requireManager(caller);
        return store.find(id).filter(found -> isAdmin(caller) || found.owner().equals(caller.id()))
                .orElseThrow(() -> GatewayProblem.notFound("No webhook subscription has id " + id));
    }

    /** A JSON merge patch of the subscription's fields, against the version named in If-Match. */
    public Subscription patch(Caller caller, UUID id, String ifMatch, JsonObject patch) {
        Subscription current = get(caller, id);
        requireMatch(ifMatch, current.version());
        refuseUnknownFields(patch);
        boolean enabled = patch.containsKey("enabled") ? enabled(patch.getValue("enabled"), current.enabled())
                : current.enabled();
        boolean reenabled = enabled && !current.enabled();
        Instant now = clock.instant();
        Subscription changed = new Subscription(current.id(), current.owner(), current.ownerRoles(),
                patch.containsKey("url") ? url(patch.getValue("url")) : current.url(),
                patch.containsKey("types") ? types(ownerOf(current), patch.getValue("types")) : current.types(),
                patch.containsKey("projectId") ? projectId(patch.getValue("projectId")) : current.projectId(),
                patch.containsKey("description") ? description(patch.getValue("description")) : current.description(),
                enabled, enabled ? null : current.disabledReason(), current.secret(), current.previousSecret(),
                current.previousSecretUntil(), reenabled ? null : current.failingSince(), current.version() + 1,
                current.createdAt(), now);
        if (!store.update(changed, current.version())) {
            throw stale(current.version() + 1);
        }
        return changed;
    }

    public void delete(Caller caller, UUID id) {
        get(caller, id);
        store.delete(id);
    }

    /** A new secret; the previous one keeps signing (a second signature) for the rotation overlap. */
    public WithSecret rotate(Caller caller, UUID id) {
        Subscription current = get(caller, id);
        Instant now = clock.instant();
        WebhookSecret secret = WebhookSecret.generate();
        Subscription rotated = new Subscription(current.id(), current.owner(), current.ownerRoles(), current.url(),
                current.types(), current.projectId(), current.description(), current.enabled(),
                current.disabledReason(), secret, current.secret(), now.plus(settings.rotationOverlap()),
                current.failingSince(), current.version() + 1, current.createdAt(), now);
        if (!store.update(rotated, current.version())) {
            throw stale(current.version() + 1);
        }
        return new WithSecret(rotated, secret);
    }

    static void requireManager(Caller caller) {
        if (!isAdmin(caller) && caller.integration() == null) {
            throw GatewayProblem.forbidden("Webhook subscriptions are managed by ADMIN and by integrations (API keys)");
        }
    }

    static boolean isAdmin(Caller caller) {
        return caller.hasRole(Roles.ADMIN);
    }

    /** The owner's rights decide which types a subscription may name, whoever edits it. */
    private static Caller ownerOf(Subscription subscription) {
        return new Caller(subscription.owner(), subscription.ownerRoles(), null, subscription.owner(), 0);
    }

    private String url(Object value) {
        if (value != null && !(value instanceof String)) {
            throw GatewayProblem.badRequest("url", "must be a string");
        }
        String refusal = settings.targetPolicy().refusal((String) value);
        if (refusal != null) {
            throw GatewayProblem.badRequest("url", refusal);
        }
        return (String) value;
    }

    private static Set<String> types(Caller owner, Object value) {
        if (!(value instanceof JsonArray array) || array.isEmpty() || array.size() > MAX_TYPES
                || !array.stream().allMatch(String.class::isInstance)) {
            throw GatewayProblem.badRequest("types", "must be a list of 1 to " + MAX_TYPES + " event types");
        }
        Set<String> types = new LinkedHashSet<>();
        for (Object type : array) {
            String refusal = EventTypes.refusal((String) type, owner.roles(), isAdmin(owner));
            if (refusal != null) {
                throw GatewayProblem.badRequest("types", refusal);
            }
            types.add((String) type);
        }
        return types;
    }

    private static UUID projectId(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString((String) value);
        } catch (ClassCastException | IllegalArgumentException e) {
            throw GatewayProblem.badRequest("projectId", "must be a project's UUID");
        }
    }

    private static String description(Object value) {
        if (value != null && (!(value instanceof String text) || text.length() > MAX_DESCRIPTION)) {
            throw GatewayProblem.badRequest("description", "must be a string of at most " + MAX_DESCRIPTION
                    + " characters");
        }
        return (String) value;
    }

    private static boolean enabled(Object value, boolean absent) {
        if (value == null) {
            return absent;
        }
        if (!(value instanceof Boolean flag)) {
            throw GatewayProblem.badRequest("enabled", "must be true or false");
        }
        return flag;
    }

    private static void refuseUnknownFields(JsonObject body) {
        for (String field : body.fieldNames()) {
            if (!FIELDS.contains(field)) {
                throw GatewayProblem.badRequest(field.length() > 64 ? field.substring(0, 64) : field,
                        "is not a field of a subscription (" + String.join(", ", new java.util.TreeSet<>(FIELDS)) + ")");
            }
        }
    }

    private static void requireMatch(String ifMatch, long version) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new GatewayProblem(428, "precondition-required", "Precondition required",
                    "Send If-Match with the ETag of the version you are changing");
        }
        String expected = "\"" + version + "\"";
        boolean matches = ifMatch.trim().equals("*") || Arrays.stream(ifMatch.split(",")).map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag).anyMatch(expected::equals);
        if (!matches) {
            throw stale(version);
        }
    }

    private static GatewayProblem stale(long version) {
        return new GatewayProblem(412, "stale-version", "Precondition failed", "The subscription has changed: it is at "
                + "version " + version + " or later; fetch it again and retry", null, Map.of());
    }
}
