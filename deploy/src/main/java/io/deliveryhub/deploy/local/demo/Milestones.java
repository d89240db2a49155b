package io.deliveryhub.deploy.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Each project's milestones spread over its plan, with billing amounts on fixed-price work. Those due in the past
 * are done (ahead of time when the project goes well, now and then late when it slips; a project in trouble leaves its
 * latest overdue), and a fixed-price client accepts what was done, which is what bills it.
 */
final class Milestones implements Stage {

    private static final List<String> NAMES = List.of("Discovery complete", "Architecture sign-off", "MVP release",
            "Integration complete", "User acceptance sign-off", "Go-live", "Hypercare exit");

    /** A milestone as planned, and what became of it by the anchor day. */
    record Planned(String name, LocalDate due, BigDecimal weight, BigDecimal billing, LocalDate completedOn,
            LocalDate acceptedOn) {
    }

    @Override
    public String name() {
        return "milestones";
    }

    @Override
    public void run(Seeding seeding, Tally tally) {
        List<SeededProject> projects = seeding.projects().stream()
                .filter(p -> !p.settledBefore() && !p.plan().target().equals("PROPOSED")).toList();
        seeding.each(projects, project -> {
            Map<String, JsonNode> onFile = new HashMap<>();
            seeding.api().all("/api/v1/projects/" + project.id() + "/milestones")
                    .forEach(milestone -> onFile.put(milestone.path("name").asText(), milestone));
            for (Planned planned : plan(project.plan(), seeding.plan().anchor())) {
                JsonNode milestone = onFile.get(planned.name());
                if (milestone == null) {
                    milestone = seeding.api().post("/api/v1/projects/" + project.id() + "/milestones", Body.of(
                            "name", planned.name(), "dueDate", planned.due().toString(), "weight", planned.weight(),
                            "billingAmount", planned.billing() == null ? null : Body.money(planned.billing(), project.plan().currency()),
                            "acceptanceCriteria", "The client's product owner signs off the " + planned.name().toLowerCase()), 201);
                    tally.created("milestones");
                } else {
                    tally.existing("milestones");
                }
                String path = "/api/v1/projects/" + project.id() + "/milestones/" + milestone.path("id").asText();
                if (planned.completedOn() != null && !milestone.path("status").asText().equals("DONE")) {
                    seeding.api().post(path + "/complete", Body.of("completedOn", planned.completedOn().toString()), 200);
                    tally.created("completed");
                }
                if (planned.acceptedOn() != null && !milestone.hasNonNull("acceptedOn")) {
                    seeding.api().post(path + "/accept", Body.of("acceptedOn", planned.acceptedOn().toString()), 200);
                    tally.created("accepted");
                }
            }
        });
    }

    static List<Planned> plan(PlannedProject project, LocalDate anchor) {
        Random random = project.random("milestones");
        int count = 3 + random.nextInt(3);
        long span = ChronoUnit.DAYS.between(project.plannedStart(), project.plannedEnd());
        List<Planned> milestones = new ArrayList<>();
        BigDecimal[] weights = new BigDecimal[count];
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < count; i++) {
            weights[i] = BigDecimal.valueOf(i == count - 1 ? 2 : 1 + random.nextInt(2));
            total = total.add(weights[i]);
        }
        LocalDate doneBy = project.workUntil() == null ? null
                : project.workUntil().isBefore(anchor) ? project.workUntil() : anchor.minusDays(1);
        boolean finished = project.target().equals("COMPLETED") || project.target().equals("CLOSED");
        int overdueLeft = project.health().equals("RED") ? 1 : 0;
        List<LocalDate> dues = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            dues.add(project.plannedStart().plusDays(span * (i + 1) / count));
        }
        // a project on plan works ahead of its milestones, as earned value against a straight-line plan expects
        long lead = switch (project.health()) {
            case "GREEN" -> span / count;
            case "AMBER" -> span / (2L * count);
            default -> 0;
        };
        for (int i = count - 1; i >= 0; i--) {
            LocalDate due = dues.get(i);
            LocalDate aimedAt = due.minusDays(lead);
            String name = NAMES.get(Math.min(NAMES.size() - 1, i * NAMES.size() / count));
            BigDecimal billing = project.deliveryModel().equals("FIXED_PRICE")
                    ? project.budget().multiply(weights[i]).divide(total, 2, RoundingMode.HALF_EVEN) : null;
            LocalDate completed = null;
            if (doneBy != null && (finished || aimedAt.isBefore(doneBy))) {
                if (!finished && overdueLeft > 0) {
                    overdueLeft--;
                } else {
                    int slip = switch (project.health()) {
                        case "GREEN" -> -random.nextInt(3);
                        case "AMBER" -> random.nextInt(3) == 0 ? 2 + random.nextInt(6) : 0;
                        default -> 3 + random.nextInt(8);
                    };
                    completed = earliest(aimedAt.plusDays(slip), doneBy);
                    LocalDate firstWeek = earliest(project.plannedStart().plusDays(5), doneBy);
                    completed = completed.isBefore(firstWeek) ? firstWeek : completed;
                }
            }
            LocalDate accepted = completed != null && billing != null ? earliest(completed.plusDays(3), doneBy) : null;
            milestones.add(0, new Planned(name, due, weights[i], billing, completed, accepted));
        }
        return milestones;
    }

    private static LocalDate earliest(LocalDate one, LocalDate other) {
        return one.isBefore(other) ? one : other;
    }
}
