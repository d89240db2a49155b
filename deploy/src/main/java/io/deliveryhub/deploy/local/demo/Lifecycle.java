package io.deliveryhub.deploy.local.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The way a project takes through its lifecycle to the status the plan gives it, one allowed transition at a time
 * (the transitions of docs/architecture.md#lifecycle), with the reason a delivery team would give.
 */
final class Lifecycle {

    private static final Map<String, String> REASONS = Map.of(
            "PLANNING", "Statement of work signed; staffing and plan under way",
            "ACTIVE", "Kick-off held with the client, team on board",
            "ON_HOLD", "Client paused the work pending their budget review",
            "COMPLETED", "All milestones delivered and signed off",
            "CLOSED", "Closure review held, lessons learned recorded",
            "CANCELLED", "Client cancelled after a change in their strategy");

    private Lifecycle() {
    }

    /** Every status from PROPOSED to the target, in order. */
    static List<String> path(String target) {
        List<String> path = new ArrayList<>(List.of("PROPOSED"));
        switch (target) {
            case "PROPOSED" -> {
            }
            case "PLANNING" -> path.add("PLANNING");
            case "CLOSED" -> path.addAll(List.of("PLANNING", "ACTIVE", "COMPLETED", "CLOSED"));
            default -> {
                path.addAll(List.of("PLANNING", "ACTIVE"));
                if (!target.equals("ACTIVE")) {
                    path.add(target);
                }
            }
        }
        return path;
    }

    /**
     * Moves the project on along its path from where it is, up to and including {@code until} (or to its target when
     * {@code until} is not on its path). Closing records the closure review first; cancelling is the head of
     * delivery's call.
     */
    static void advance(Seeding seeding, SeededProject project, String until, Tally tally) {
        List<String> path = path(project.plan().target());
        int last = path.contains(until) ? path.indexOf(until) : path.size() - 1;
        for (int next = path.indexOf(project.status()) + 1; next > 0 && next <= last; next++) {
            String to = path.get(next);
            if (to.equals("CLOSED")) {
                seeding.api().put("/api/v1/projects/" + project.id() + "/closure-review", Body.of(
                        "lessonsLearned", "Agree test data and environments with the client before the first sprint",
                        "whatWentWell", "Weekly demos kept the client close to the work",
                        "whatToImprove", "Start performance testing earlier"));
            }
            PublicApi caller = to.equals("CANCELLED") ? seeding.headOfDelivery() : seeding.api();
            caller.post("/api/v1/projects/" + project.id() + "/transitions", Body.of("to", to, "reason", REASONS.get(to)), 200);
            project.moved(to);
            tally.created("transitions");
        }
    }
}
