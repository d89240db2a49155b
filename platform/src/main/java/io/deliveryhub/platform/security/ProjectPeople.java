package io.deliveryhub.platform.security;

import java.util.UUID;

/**
 * The people named on a project: its project manager, delivery manager and delivery lead (each may be absent).
 * A person's own projects are those that name them; see {@link ProjectStakes}.
 */
public record ProjectPeople(UUID projectManagerId, UUID deliveryManagerId, UUID deliveryLeadId) {

    /** Named in any of the three places: the person has a stake in the project. */
    public boolean names(UUID personId) {
        return managedBy(personId) || personId != null && personId.equals(deliveryLeadId);
    }

    /** Its project manager or delivery manager: those who approve the time logged on it. */
    public boolean managedBy(UUID personId) {
        return personId != null && (personId.equals(projectManagerId) || personId.equals(deliveryManagerId));
    }
}
