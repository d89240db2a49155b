package io.deliveryhub.deploy.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Change requests on running and finished projects: most approved by the head of delivery (a new baseline), some
 * rejected, the latest of a project still waiting for a decision now and then.
 */
final class ChangeRequests implements Stage {

    /** A change a client asks for, with its budget (as a share of the budget), hours and days. */
    private record Change(String title, String scope, double budgetShare, int hours, int days) {
    }

    private static final List<Change> CHANGES = List.of(
            new Change("Add single sign-on", "Integrate the client's identity provider for staff log-in", 0.06, 120, 10),
            new Change("Extra reporting dashboards", "Three management dashboards on delivery data", 0.04, 80, 7),
            new Change("Accessibility audit fixes", "Fix the WCAG 2.1 AA findings of the client's audit", 0.03, 60, 5),
            new Change("Second country roll-out", "Localise and launch in a second market", 0.12, 300, 30),
            new Change("Drop the offline mode", "Client descoped offline support", -0.05, -100, -7));

    @Override
    public String name() {
        return "change requests";
    }

    @Override
    public void run(Seeding seeding, Tally tally) {
        List<SeededProject> projects = seeding.projects().stream()
                .filter(p -> p.takesHistory() && !p.status().equals("COMPLETED")).toList();
        seeding.each(projects, project -> {
            PlannedProject plan = project.plan();
            Random random = plan.random("change requests");
            int count = plan.health().equals("GREEN") ? random.nextInt(2) : 1 + random.nextInt(2);
            Map<String, JsonNode> onFile = new HashMap<>();
            String path = "/api/v1/projects/" + project.id() + "/change-requests";
            seeding.api().all(path).forEach(change -> onFile.put(change.path("title").asText(), change));
            int first = random.nextInt(CHANGES.size());
            for (int i = 0; i < count; i++) {
                Change change = CHANGES.get((first + i) % CHANGES.size());
                JsonNode submitted = onFile.get(change.title());
                if (submitted == null) {
                    BigDecimal delta = plan.budget().multiply(BigDecimal.valueOf(change.budgetShare()));
                    submitted = seeding.api().post(path, Body.of("title", change.title(), "scope", change.scope(),
                            "budgetDelta", Body.money(delta, plan.currency()),
                            "budgetHoursDelta", change.hours(), "scheduleDeltaDays", change.days()), 201);
                    tally.created("submitted");
                } else {
                    tally.existing("submitted");
                }
                boolean awaitsDecision = i == count - 1 && plan.target().equals("ACTIVE") && random.nextInt(3) == 0;
                boolean approve = i == 0 || random.nextInt(3) > 0;
                if (!awaitsDecision && submitted.path("status").asText().equals("SUBMITTED")) {
                    seeding.headOfDelivery().post(path + "/" + submitted.path("id").asText() + "/decision", Body.of(
                            "decision", approve ? "APPROVED" : "REJECTED",
                            "reason", approve ? "Client signed the change order" : "Not funded this quarter"), 200);
                    tally.created(approve ? "approved" : "rejected");
                }
            }
        });
    }
}
