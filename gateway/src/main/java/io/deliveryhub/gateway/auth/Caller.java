package io.deliveryhub.gateway.auth;

import java.util.Set;

/**
 * Who is calling, once the gateway has authenticated them: what the internal token will say (subject,
 * roles, and either the person's id or the integration's name) and how many requests a minute they get.
 */
public record Caller(String subject, Set<String> roles, String personId, String integration, int ratePerMinute) {

    public static Caller person(String subject, Set<String> roles, String personId, int ratePerMinute) {
        return new Caller(subject, Set.copyOf(roles), personId, null, ratePerMinute);
    }

    public static Caller integration(String name, Set<String> roles, int ratePerMinute) {
        return new Caller(name, Set.copyOf(roles), null, name, ratePerMinute);
    }

    /** Stable across requests and distinct between people and integrations of the same name. */
    public String id() {
        return integration != null ? integrationId(subject) : "person:" + subject;
    }

    /** The id of the integration holding the API key of this name. */
    public static String integrationId(String name) {
        return "integration:" + name;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
