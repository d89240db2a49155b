package io.deliveryhub.gateway.auth;

import java.util.Objects;
import java.util.Set;

/**
 * Who is calling, once the gateway has authenticated them: what the internal token will say (subject,
 * roles, and either the person's id or the integration's name) and how many requests a minute they get.
 * <p>
 * A class rather than a record because every request asks for its {@link #id()} several times and looks its
 * internal token up by it as a key: the id and the hash are worked out once, when the caller is authenticated
 * (a record would build the id and hash the roles again on each call; see docs/performance.md).
 */
public final class Caller {

    private final String subject;
    private final Set<String> roles;
    private final String personId;
    private final String integration;
    private final int ratePerMinute;
    private final String id;
    private final int hash;

    public Caller(String subject, Set<String> roles, String personId, String integration, int ratePerMinute) {
        this.subject = subject;
        this.roles = roles;
        this.personId = personId;
        this.integration = integration;
        this.ratePerMinute = ratePerMinute;
        this.id = integration != null ? integrationId(subject) : "person:" + subject;
        this.hash = Objects.hash(subject, roles, personId, integration, ratePerMinute);
    }

    public static Caller person(String subject, Set<String> roles, String personId, int ratePerMinute) {
        return new Caller(subject, Set.copyOf(roles), personId, null, ratePerMinute);
    }

    public static Caller integration(String name, Set<String> roles, int ratePerMinute) {
        return new Caller(name, Set.copyOf(roles), null, name, ratePerMinute);
    }

    public String subject() {
        return subject;
    }

    public Set<String> roles() {
        return roles;
    }

    public String personId() {
        return personId;
    }

    public String integration() {
        return integration;
    }

    public int ratePerMinute() {
        return ratePerMinute;
    }

    /** Stable across requests and distinct between people and integrations of the same name. */
    public String id() {
        return id;
    }

    /** The id of the integration holding the API key of this name. */
    public static String integrationId(String name) {
        return "integration:" + name;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof Caller that && hash == that.hash && ratePerMinute == that.ratePerMinute
                && Objects.equals(subject, that.subject) && Objects.equals(roles, that.roles)
                && Objects.equals(personId, that.personId)
                && Objects.equals(integration, that.integration);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "Caller[" + id + ", roles=" + roles + "]";
    }
}
