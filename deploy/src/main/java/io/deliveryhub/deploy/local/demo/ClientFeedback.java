package io.deliveryhub.deploy.local.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** What clients said after milestones: CSAT and NPS as good or as poor as the project went. */
final class ClientFeedback implements Stage {

    private static final List<String> COMMENTS = List.of("Sprint demos are clear and useful",
            "Communication with the team is excellent", "Release notes could be clearer",
            "We would like earlier warning of risks", "The team understands our business well",
            "Quality of the deliverables is high", "Estimates have been too optimistic");

    @Override
    public String name() {
        return "client feedback";
    }

    @Override
    public void run(Seeding seeding, Tally tally) {
        seeding.each(seeding.projects().stream().filter(SeededProject::takesHistory).toList(), project -> {
            PlannedProject plan = project.plan();
            Random random = plan.random("feedback");
            String path = "/api/v1/projects/" + project.id() + "/feedback";
            Set<String> given = new HashSet<>();
            seeding.api().all(path).forEach(feedback -> given.add(feedback.path("comment").asText()));
            int count = 1 + random.nextInt(3);
            int first = random.nextInt(COMMENTS.size());
            for (int i = 0; i < count; i++) {
                String comment = COMMENTS.get((first + i) % COMMENTS.size());
                int csat = switch (plan.health()) {
                    case "GREEN" -> 4 + random.nextInt(2);
                    case "AMBER" -> 3 + random.nextInt(2);
                    default -> 2 + random.nextInt(2);
                };
                int nps = Math.min(10, csat * 2 + random.nextInt(2));
                if (given.contains(comment)) {
                    tally.existing("responses");
                } else {
                    seeding.api().post(path, Body.of("csat", csat, "nps", nps, "comment", comment), 201);
                    tally.created("responses");
                }
            }
        });
    }
}
