package io.deliveryhub.deploy.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The client projects, found by their key or created, and moved on to PLANNING or ACTIVE as their plan needs before
 * any work is booked on them; time-and-materials projects bill their delivery lead at a project rate.
 */
final class Projects implements Stage {

    private static final BigDecimal PROJECT_DISCOUNT = new BigDecimal("0.95");

    @Override
    public String name() {
        return "projects";
    }

    @Override
    public void run(Seeding seeding, Tally tally) {
        seeding.each(seeding.plan().projects(), plan -> {
            Optional<JsonNode> found = seeding.api().find("/api/v1/projects/" + plan.key());
            JsonNode project = found.orElseGet(() -> create(seeding, plan));
            if (found.isPresent()) {
                tally.existing("projects");
            } else {
                tally.created("projects");
            }
            SeededProject seeded = new SeededProject(plan, project.path("id").asText(), project.path("status").asText());
            seeding.project(seeded);
            Lifecycle.advance(seeding, seeded, "ACTIVE", tally);
            if (plan.deliveryModel().equals("TIME_AND_MATERIALS") && plan.hasWork() && !seeded.settledBefore()) {
                rateCard(seeding, seeded, tally);
            }
        });
    }

    private static JsonNode create(Seeding seeding, PlannedProject plan) {
        return seeding.api().post("/api/v1/projects", Body.of(
                "key", plan.key(),
                "name", plan.name(),
                "clientId", seeding.clientId(plan.client()),
                "deliveryModel", plan.deliveryModel(),
                "practice", plan.practice(),
                "projectManagerId", seeding.personId(plan.projectManager()),
                "deliveryManagerId", seeding.personId(plan.deliveryManager()),
                "deliveryLeadId", seeding.personId(plan.deliveryLead()),
                "plannedStart", plan.plannedStart().toString(),
                "plannedEnd", plan.plannedEnd().toString(),
                "currency", plan.currency(),
                "budget", Body.money(plan.budget(), plan.currency()),
                "budgetHours", plan.budgetHours(),
                "tags", List.of(plan.practice().toLowerCase(), plan.client().industry().toLowerCase()),
                "probability", plan.probability()), 201);
    }

    private static void rateCard(Seeding seeding, SeededProject project, Tally tally) {
        PlannedProject plan = project.plan();
        PlannedPerson lead = plan.deliveryLead();
        String leadId = seeding.personId(lead);
        Set<String> onCard = new HashSet<>();
        seeding.api().all("/api/v1/projects/" + project.id() + "/rate-card")
                .forEach(entry -> onCard.add(entry.path("personId").asText() + "@" + entry.path("effectiveFrom").asText()));
        if (onCard.contains(leadId + "@" + plan.plannedStart())) {
            tally.existing("rate card entries");
            return;
        }
        BigDecimal rate = seeding.plan().inCurrency(lead.billRate().multiply(PROJECT_DISCOUNT), plan.currency(), plan.plannedStart());
        seeding.api().post("/api/v1/projects/" + project.id() + "/rate-card", Body.of("personId", leadId,
                "effectiveFrom", plan.plannedStart().toString(), "billRate", Body.money(rate, plan.currency())), 201);
        tally.created("rate card entries");
    }
}
