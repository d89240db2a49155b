package io.deliveryhub.gateway.webhook;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The event types a subscription may name: an exact type ({@code deliveryhub.project.status-changed.v1}), every event
 * of an aggregate ({@code deliveryhub.project.*}) or every event ({@code deliveryhub.*}); and which aggregates an
 * integration's role lets it receive (the read rights of docs/access.md, so a webhook shows nothing the API would not).
 */
public final class EventTypes {

    public static final String EVERYTHING = "deliveryhub.*";
    private static final Pattern EXACT = Pattern.compile("deliveryhub\\.([a-z][a-z-]{0,62})\\.[a-z][a-z-]{0,62}\\.v[0-9]{1,3}");
    private static final Pattern AGGREGATE = Pattern.compile("deliveryhub\\.([a-z][a-z-]{0,62})\\.\\*");

    /** The aggregates whose events the services publish. */
    static final Set<String> AGGREGATES = Set.of("project", "client", "milestone", "deliverable", "status-report",
            "raid-item", "change-request", "feedback", "project-template", "project-rate", "exchange-rate", "person",
            "person-skill", "person-rate", "certification", "skill", "time-off", "allocation", "resource-request",
            "time-entry", "time-entries", "deployment", "incident", "alert", "outbox");

    /**
     * Aggregates the services publish that no webhook carries: a scenario is a person's private sandbox (its owner,
     * delivery managers and the head of delivery see it; no integration or ADMIN may read it through the API).
     */
    static final Set<String> PRIVATE = Set.of("scenario");

    private static final Map<String, Set<String>> READABLE_BY_ROLE = Map.of(
            "INTEGRATION_CRM", Set.of("client", "project"),
            "INTEGRATION_TIMESHEETS", Set.of("person", "project", "time-entry", "time-entries"),
            "INTEGRATION_PIPELINES", Set.of("project", "status-report", "deployment", "incident"));

    private EventTypes() {
    }

    /** Why the pattern cannot be subscribed to by a caller with these roles, or null when it can. */
    public static String refusal(String pattern, Set<String> roles, boolean admin) {
        if (pattern == null || pattern.length() > 200) {
            return "must be at most 200 characters";
        }
        if (EVERYTHING.equals(pattern)) {
            return null;
        }
        var exact = EXACT.matcher(pattern);
        var aggregate = AGGREGATE.matcher(pattern);
        String name;
        if (exact.matches()) {
            name = exact.group(1);
        } else if (aggregate.matches()) {
            name = aggregate.group(1);
        } else {
            return "'" + pattern + "' is not an event type (deliveryhub.<aggregate>.<event>.v<n>), "
                    + "deliveryhub.<aggregate>.* or deliveryhub.*";
        }
        if (PRIVATE.contains(name)) {
            return name + " events are private to their owner and are not sent by webhook";
        }
        if (!AGGREGATES.contains(name)) {
            return "no event type of '" + name + "' exists";
        }
        if (!admin && !readable(name, roles)) {
            return "an integration with roles " + roles + " does not receive " + name + " events";
        }
        return null;
    }

    /** Whether an event of this type goes to a subscription with these patterns, held by a caller with these roles. */
    public static boolean matches(Set<String> patterns, String type, Set<String> roles, boolean admin) {
        String aggregate = aggregateOf(type);
        if (aggregate == null || PRIVATE.contains(aggregate) || (!admin && !readable(aggregate, roles))) {
            return false;
        }
        for (String pattern : patterns) {
            if (pattern.equals(type) || EVERYTHING.equals(pattern)
                    || (pattern.endsWith(".*") && type.startsWith(pattern.substring(0, pattern.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static String aggregateOf(String type) {
        if (type == null || !type.startsWith("deliveryhub.")) {
            return null;
        }
        int end = type.indexOf('.', "deliveryhub.".length());
        return end < 0 ? null : type.substring("deliveryhub.".length(), end);
    }

    private static boolean readable(String aggregate, Set<String> roles) {
        return roles.stream().anyMatch(role -> READABLE_BY_ROLE.getOrDefault(role, Set.of()).contains(aggregate));
    }
}
