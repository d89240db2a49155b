package io.deliveryhub.resources.timeentry;

import static io.deliveryhub.platform.security.Roles.HEAD_OF_DELIVERY;
import static io.deliveryhub.platform.security.Roles.INTEGRATION_TIMESHEETS;

import io.deliveryhub.platform.problem.ProblemException;
import io.deliveryhub.platform.security.Actor;
import io.deliveryhub.platform.security.ProjectStakes;
import io.deliveryhub.resources.person.PersonAccess;
import io.deliveryhub.resources.project.KnownProject;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Who sees and who decides a time entry. Everyone sees their own entries; others' are seen by DELIVERY_MANAGER,
 * HEAD_OF_DELIVERY, ADMIN, INTEGRATION_TIMESHEETS and the project manager and delivery manager of the entry's
 * project. Those two, or HEAD_OF_DELIVERY, approve or reject it, and never the person who logged it.
 */
@ApplicationScoped
public class TimeEntryAccess {

    /** No person has it: a caller without a person sees no entries of their own. */
    static final UUID NOBODY = new UUID(0, 0);

    private final Actor actor;
    private final PersonAccess people;

    public TimeEntryAccess(Actor actor, PersonAccess people) {
        this.actor = actor;
        this.people = people;
    }

    /**
     * The person whose view of the entries is limited to their own and their projects' entries; empty when the
     * caller sees everyone's.
     */
    public Optional<UUID> limitedTo() {
        if (people.managesPeople() || actor.hasAnyRole(INTEGRATION_TIMESHEETS)) {
            return Optional.empty();
        }
        return Optional.of(actor.personId().orElse(NOBODY));
    }

    public boolean sees(TimeEntry entry) {
        return limitedTo().map(viewer -> viewer.equals(entry.personId) || managesProjectOf(entry, viewer))
                .orElse(true);
    }

    /** 403 {@code own-entry} for the person who logged it, 403 {@code not-your-project} for anyone but its managers. */
    public void requireMayDecide(TimeEntry entry) {
        Optional<UUID> caller = actor.personId();
        if (caller.filter(entry.personId::equals).isPresent()) {
            throw new ProblemException(403, "own-entry", "Forbidden", "Time entry " + entry.id + " is your own;"
                    + " its project's project manager or delivery manager, or the head of delivery, decides it",
                    Map.of());
        }
        if (actor.hasAnyRole(HEAD_OF_DELIVERY) || caller.filter(me -> managesProjectOf(entry, me)).isPresent()) {
            return;
        }
        throw new ProblemException(403, ProjectStakes.NOT_YOUR_PROJECT, "Forbidden", "Time entry " + entry.id
                + " is logged on a project you do not manage: only its project manager or delivery manager, or the"
                + " head of delivery, decides it", Map.of());
    }

    private static boolean managesProjectOf(TimeEntry entry, UUID person) {
        KnownProject project = KnownProject.findById(entry.projectId);
        return project != null && project.people().managedBy(person);
    }
}
