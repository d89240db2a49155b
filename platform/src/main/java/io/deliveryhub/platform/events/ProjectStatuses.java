package io.deliveryhub.platform.events;

import java.util.List;
import java.util.Set;

/**
 * The project statuses as projects-service publishes them on deliveryhub.projects.v1 (its lifecycle,
 * docs/architecture.md#lifecycle; a projects-service test holds its ProjectStatus and event schemas equal to this),
 * and the groups consumers read them in, so no consumer keeps its own list.
 */
public final class ProjectStatuses {

    public static final String PROPOSED = "PROPOSED";
    public static final String PLANNING = "PLANNING";
    public static final String ACTIVE = "ACTIVE";
    public static final String ON_HOLD = "ON_HOLD";
    public static final String COMPLETED = "COMPLETED";
    public static final String CLOSED = "CLOSED";
    public static final String CANCELLED = "CANCELLED";

    /** Every status, in lifecycle order. */
    public static final List<String> ALL = List.of(PROPOSED, PLANNING, ACTIVE, ON_HOLD, COMPLETED, CLOSED, CANCELLED);

    /** Work under way or paused: the projects whose health a Head of Delivery acts on. */
    public static final Set<String> IN_DELIVERY = Set.of(ACTIVE, ON_HOLD);

    private ProjectStatuses() {
    }

    /** An opportunity not yet won: what it books is demand weighed by its win probability, not committed work. */
    public static boolean isProposal(String status) {
        return PROPOSED.equals(status);
    }
}
