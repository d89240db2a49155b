package io.deliveryhub.projects.milestone;

import io.deliveryhub.platform.problem.BadRequest;
import io.deliveryhub.platform.problem.Conflict;
import io.deliveryhub.platform.problem.ProjectEndedProblem;
import io.deliveryhub.projects.project.ProjectLifecycle;
import io.deliveryhub.projects.project.ProjectStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What may happen to a milestone. Progress (PLANNED ⇄ IN_PROGRESS) is edited freely; DONE and WAIVED are
 * reached only by their commands, because completion feeds earned value and waiving removes it. A DONE
 * milestone may be reopened until the client has accepted it; acceptance is final.
 */
public final class MilestoneRules {

    private MilestoneRules() {
    }

    /** A status named in an edit (PATCH). */
    public static void requireEdit(MilestoneStatus from, MilestoneStatus to, boolean accepted) {
        if (from == to) {
            return;
        }
        if (to == MilestoneStatus.DONE || to == MilestoneStatus.WAIVED) {
            throw new Conflict("illegal-milestone-transition", "A milestone becomes " + to + " only through POST .../"
                    + (to == MilestoneStatus.DONE ? "complete" : "waive") + ", not by an edit");
        }
        if (from == MilestoneStatus.WAIVED) {
            throw new Conflict("illegal-milestone-transition", "The milestone is WAIVED; a waived milestone is final");
        }
        if (from == MilestoneStatus.DONE && accepted) {
            throw new Conflict("illegal-milestone-transition",
                    "The milestone was accepted by the client and cannot be reopened");
        }
    }

    /**
     * A project became COMPLETED with every milestone DONE or WAIVED (its lifecycle guard); no milestone
     * may be added or reopened afterwards, or the completed project would have unfinished work again.
     */
    public static void requireFinishedInCompletedProject(UUID projectId, String projectKey, ProjectStatus projectStatus,
            MilestoneStatus status) {
        if (!ProjectLifecycle.acceptsNewWork(projectStatus) && status != MilestoneStatus.DONE
                && status != MilestoneStatus.WAIVED) {
            throw ProjectEndedProblem.conflict(projectId, projectKey, projectStatus.name(), "Project " + projectKey
                    + " is " + projectStatus + ": every milestone is DONE or WAIVED and must stay so; a milestone"
                    + " cannot be added or reopened now");
        }
    }

    /** Anything but its status may change only while the milestone is neither accepted nor waived. */
    public static void requireEditable(MilestoneStatus status, boolean accepted) {
        if (status == MilestoneStatus.WAIVED || accepted) {
            throw new Conflict("milestone-final", "The milestone is " + (accepted ? "accepted" : "WAIVED")
                    + " and can no longer be changed");
        }
    }

    public static void requireCompletable(MilestoneStatus status, LocalDate completedOn, LocalDate today) {
        if (status != MilestoneStatus.PLANNED && status != MilestoneStatus.IN_PROGRESS) {
            throw new Conflict("illegal-milestone-transition", "The milestone is " + status
                    + "; only a PLANNED or IN_PROGRESS milestone can be completed");
        }
        if (completedOn.isAfter(today)) {
            throw BadRequest.ofField("completedOn", "must not be in the future (today is " + today + ")");
        }
    }

    public static void requireWaivable(MilestoneStatus status) {
        if (status != MilestoneStatus.PLANNED && status != MilestoneStatus.IN_PROGRESS) {
            throw new Conflict("illegal-milestone-transition", "The milestone is " + status
                    + "; only a PLANNED or IN_PROGRESS milestone can be waived");
        }
    }

    /**
     * @param notAccepted names of the milestone's deliverables that are not ACCEPTED (the quality gate)
     */
    public static void requireAcceptable(MilestoneStatus status, LocalDate completedOn, LocalDate acceptedOn,
            boolean alreadyAccepted, LocalDate today, List<String> notAccepted) {
        if (alreadyAccepted) {
            throw new Conflict("milestone-already-accepted", "The milestone has already been accepted");
        }
        if (status != MilestoneStatus.DONE) {
            throw new Conflict("milestone-not-done", "The milestone is " + status
                    + "; complete it (POST .../complete) before the client accepts it");
        }
        if (acceptedOn.isBefore(completedOn)) {
            throw BadRequest.ofField("acceptedOn", "must not be before the completion date " + completedOn);
        }
        if (acceptedOn.isAfter(today)) {
            throw BadRequest.ofField("acceptedOn", "must not be in the future (today is " + today + ")");
        }
        if (!notAccepted.isEmpty()) {
            throw new Conflict("deliverables-not-accepted", "These deliverables are not ACCEPTED yet: "
                    + String.join(", ", notAccepted) + "; review them (POST .../deliverables/{id}/review) first");
        }
    }
}
