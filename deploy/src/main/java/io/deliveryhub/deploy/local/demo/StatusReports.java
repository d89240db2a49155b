package io.deliveryhub.deploy.local.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A status report every other Friday while a project runs: green at first, then the colour of how the project
 * really goes, with percent complete that lags the calendar as much as the project does.
 */
final class StatusReports implements Stage {

    private static final List<String> GREEN = List.of("On track; sprint goals met and the client is engaged",
            "Good progress; demo well received by the client's product owner",
            "Delivery on plan; no blockers this fortnight");
    private static final List<String> AMBER = List.of("Slipping by about a week: test environment availability",
            "Scope questions on reporting need the client's decision",
            "Velocity down with two people out; recovery plan in place");
    private static final List<String> RED = List.of("Behind plan and over budget: integration with the client's core system blocked",
            "Key milestone missed; re-plan with the client under way",
            "Budget burn well ahead of progress; escalated to the delivery manager");

    @Override
    public String name() {
        return "status reports";
    }

    @Override
    public void run(Seeding seeding, Tally tally) {
        seeding.each(seeding.projects().stream().filter(SeededProject::takesHistory).toList(), project -> {
            PlannedProject plan = project.plan();
            Set<String> reported = new HashSet<>();
            seeding.api().all("/api/v1/projects/" + project.id() + "/status-reports")
                    .forEach(report -> reported.add(report.path("asOf").asText()));
            Random random = plan.random("status reports");
            LocalDate last = plan.workUntil().isBefore(seeding.plan().anchor()) ? plan.workUntil() : seeding.plan().anchor();
            LocalDate first = plan.plannedStart().plusDays(4).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
            long span = Math.max(1, ChronoUnit.DAYS.between(plan.plannedStart(), plan.plannedEnd()));
            long run = Math.max(1, ChronoUnit.DAYS.between(first, last));
            for (LocalDate asOf = first; !asOf.isAfter(last); asOf = asOf.plusDays(14)) {
                double elapsed = ChronoUnit.DAYS.between(first, asOf) / (double) run;
                String overall = elapsed < 0.4 ? "GREEN" : elapsed < 0.7 && plan.health().equals("RED") ? "AMBER" : plan.health();
                List<String> summaries = overall.equals("GREEN") ? GREEN : overall.equals("AMBER") ? AMBER : RED;
                String summary = summaries.get(random.nextInt(summaries.size()));
                double lag = overall.equals("GREEN") ? 1.0 : overall.equals("AMBER") ? 0.9 : 0.75;
                int percent = (int) Math.min(100, Math.round(100.0 * ChronoUnit.DAYS.between(plan.plannedStart(), asOf) / span * lag));
                Map<String, Object> report = Body.of(
                        "asOf", asOf.toString(), "overall", overall, "schedule", overall,
                        "budget", overall.equals("RED") ? "RED" : random.nextInt(4) == 0 ? "AMBER" : "GREEN",
                        "scope", random.nextInt(5) == 0 ? "AMBER" : "GREEN",
                        "quality", overall.equals("RED") && random.nextBoolean() ? "AMBER" : "GREEN",
                        "percentComplete", percent, "summary", summary,
                        "accomplishments", "Sprint " + (1 + ChronoUnit.WEEKS.between(plan.plannedStart(), asOf) / 2) + " delivered",
                        "nextSteps", "Continue with the next sprint's backlog",
                        "blockers", overall.equals("GREEN") ? null : summary,
                        "source", "MANUAL");
                if (reported.contains(asOf.toString())) {
                    tally.existing("reports");
                } else {
                    seeding.api().post("/api/v1/projects/" + project.id() + "/status-reports", report, 201);
                    tally.created("reports");
                }
            }
        });
    }
}
