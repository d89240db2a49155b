package io.deliveryhub.projects.project;

import static io.deliveryhub.projects.project.ProjectStatus.*;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The project lifecycle (docs/architecture.md#lifecycle): which status may follow which, and what must be true first.
 * A refusal names every missing condition, so the caller learns in one answer what would make it possible.
 */
public final class ProjectLifecycle {

    private static final Map<ProjectStatus, Set<ProjectStatus>> NEXT = new EnumMap<>(Map.of(
            PROPOSED, EnumSet.of(PLANNING, CANCELLED),
            PLANNING, EnumSet.of(ACTIVE, CANCELLED),
            ACTIVE, EnumSet.of(ON_HOLD, COMPLETED, CANCELLED),
            ON_HOLD, EnumSet.of(ACTIVE, CANCELLED),
            COMPLETED, EnumSet.of(CLOSED),
            CLOSED, EnumSet.noneOf(ProjectStatus.class),
            CANCELLED, EnumSet.noneOf(ProjectStatus.class)));

    private ProjectLifecycle() {
    }

    /** What a project's state offers the guards; built by the service from the project and its parts. */
    public record Readiness(boolean projectManager, boolean plannedStart, boolean plannedEnd, boolean budget,
            long unfinishedMilestones, boolean closureReview) {
    }

    /**
     * @param type    the problem type: {@code illegal-transition} (not in the table) or {@code transition-guard}
     * @param missing the conditions that are not met, by the field or part that would meet them
     */
    public record Refusal(String type, String detail, List<String> missing) {
    }

    public static Set<ProjectStatus> allowedFrom(ProjectStatus from) {
        return Set.copyOf(NEXT.get(from));
    }

    public static boolean isTerminal(ProjectStatus status) {
        return NEXT.get(status).isEmpty();
    }

    /**
     * Whether the project still takes records (milestones, status reports, RAID, feedback, time entries, bookings):
     * until it reaches a final status its records are live, afterwards they are history. Published on every project
     * event as {@code acceptsRecords}, so no consumer keeps its own list of final statuses.
     */
    public static boolean acceptsRecords(ProjectStatus status) {
        return !isTerminal(status);
    }

    /**
     * Whether its plan may still grow: a COMPLETED project finished all its work (its guard), so no change request
     * moves its plan and no unfinished milestone joins it; a final status takes nothing at all.
     */
    public static boolean acceptsNewWork(ProjectStatus status) {
        return status != COMPLETED && acceptsRecords(status);
    }

    /** Cancelling ends the client engagement, so it is a delivery-management decision (docs/access.md#roles). */
    public static boolean needsDeliveryManagement(ProjectStatus to) {
        return to == CANCELLED;
    }

    /** Empty when the transition may happen; otherwise why not. */
    public static Optional<Refusal> refusal(ProjectStatus from, ProjectStatus to, Readiness readiness) {
        if (!NEXT.get(from).contains(to)) {
            String options = NEXT.get(from).isEmpty() ? from + " is final: no transition leaves it"
                    : "from " + from + " a project can move to " + sorted(NEXT.get(from)) + " only";
            return Optional.of(new Refusal("illegal-transition",
                    "A project cannot move from " + from + " to " + to + "; " + options, List.of()));
        }
        List<String> missing = switch (to) {
            case ACTIVE -> activation(readiness);
            case COMPLETED -> readiness.unfinishedMilestones() > 0 ? List.of("milestones") : List.of();
            case CLOSED -> readiness.closureReview() ? List.of() : List.of("closureReview");
            default -> List.of();
        };
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Refusal("transition-guard", guardDetail(to, missing, readiness), missing));
    }

    private static List<String> activation(Readiness readiness) {
        List<String> missing = new ArrayList<>();
        if (!readiness.projectManager()) {
            missing.add("projectManagerId");
        }
        if (!readiness.plannedStart()) {
            missing.add("plannedStart");
        }
        if (!readiness.plannedEnd()) {
            missing.add("plannedEnd");
        }
        if (!readiness.budget()) {
            missing.add("budget");
        }
        return List.copyOf(missing);
    }

    private static String guardDetail(ProjectStatus to, List<String> missing, Readiness readiness) {
        return switch (to) {
            case ACTIVE -> "A project becomes ACTIVE only with a project manager, planned dates and a budget; set "
                    + String.join(", ", missing) + " first";
            case COMPLETED -> readiness.unfinishedMilestones() + " milestone(s) are neither DONE nor WAIVED;"
                    + " complete or waive every milestone before completing the project";
            case CLOSED -> "Record the closure review (PUT .../closure-review with lessonsLearned) before closing";
            default -> "Missing " + missing;
        };
    }

    /**
     * The transition table in words, one line per status in lifecycle order ({@code ACTIVE → ON_HOLD, COMPLETED,
     * CANCELLED}, {@code CLOSED: final}), for the OpenAPI text and docs/architecture.md#lifecycle.
     */
    public static List<String> describe() {
        return NEXT.entrySet().stream()
                .map(entry -> entry.getValue().isEmpty() ? entry.getKey() + ": final"
                        : entry.getKey() + " → " + sorted(entry.getValue()).stream().map(ProjectStatus::name)
                                .collect(Collectors.joining(", ")))
                .toList();
    }

    private static List<ProjectStatus> sorted(Set<ProjectStatus> statuses) {
        return statuses.stream().sorted().toList();
    }
}
