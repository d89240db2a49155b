package io.deliveryhub.deploy.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The time people logged on their HARD bookings, day by day up to yesterday (or until the project stopped), sent
 * as a timesheet system would: bulk imports keyed by an external reference, so a second import changes nothing.
 * Projects in trouble burn more hours than booked.
 */
final class Timesheets implements Stage {

    static final String SYSTEM = "demo-timesheets";
    private static final int BATCH = 5_000;
    private static final BigDecimal HALF = new BigDecimal("0.5");

    @Override
    public String name() {
        return "time entries";
    }

    @Override
    public void run(Seeding seeding, Tally tally) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (SeededProject project : seeding.projects()) {
            if (project.takesHistory()) {
                entries.addAll(entries(seeding, project));
            }
        }
        Staffing.awaitKnownToResources(seeding, seeding.projects().stream().filter(SeededProject::takesHistory).toList());
        List<List<Map<String, Object>>> batches = new ArrayList<>();
        for (int first = 0; first < entries.size(); first += BATCH) {
            batches.add(entries.subList(first, Math.min(entries.size(), first + BATCH)));
        }
        seeding.each(batches, batch -> {
            JsonNode report = seeding.api().post("/api/v1/time-entries/batch", Map.of("entries", batch), 200);
            if (report.path("rejected").asInt() > 0) {
                throw new DemoFailure("The timesheet import rejected " + report.path("rejected").asInt() + " entries, e.g. "
                        + firstRejection(report));
            }
            tally.add("time entries", report.path("created").asInt(),
                    report.path("updated").asInt() + report.path("unchanged").asInt());
        });
    }

    private static List<Map<String, Object>> entries(Seeding seeding, SeededProject project) {
        PlannedProject plan = project.plan();
        Random random = plan.random("timesheets");
        double burn = switch (plan.health()) {
            case "GREEN" -> 0.95;
            case "AMBER" -> 1.05;
            default -> 1.2;
        };
        LocalDate lastDay = earliest(plan.workUntil(), seeding.plan().anchor().minusDays(1));
        List<Map<String, Object>> entries = new ArrayList<>();
        for (PlannedAllocation allocation : plan.team()) {
            if (!allocation.isHard() || allocation.person() == null) {
                continue;
            }
            String personId = seeding.personId(allocation.person());
            LocalDate first = latest(allocation.from(), seeding.plan().historyStart());
            for (LocalDate day = first; !day.isAfter(earliest(allocation.to(), lastDay)); day = day.plusDays(1)) {
                boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
                double jitter = 0.85 + random.nextDouble() * 0.3;
                if (weekend || random.nextInt(25) == 0) {
                    continue; // a day off now and then
                }
                BigDecimal hours = BigDecimal.valueOf(allocation.hoursPerWeek() / 5.0 * burn * jitter)
                        .divide(HALF, 0, RoundingMode.HALF_EVEN).multiply(HALF).max(HALF).min(BigDecimal.valueOf(12));
                entries.add(Body.of("personId", personId, "projectId", project.id(), "date", day.toString(),
                        "hours", hours, "billable", allocation.billable() && random.nextInt(12) > 0,
                        "description", random.nextInt(5) == 0 ? "Client workshop" : "Delivery work",
                        "externalRef", Map.of("system", SYSTEM, "id",
                                plan.key() + "-" + allocation.person().index() + "-" + day)));
            }
        }
        return entries;
    }

    private static String firstRejection(JsonNode report) {
        for (JsonNode result : report.path("results")) {
            if (result.path("status").asText().equals("rejected")) {
                return "item " + result.path("index").asInt() + ": " + result.path("reason").asText();
            }
        }
        return "(no reason given)";
    }

    private static LocalDate earliest(LocalDate one, LocalDate other) {
        return one.isBefore(other) ? one : other;
    }

    private static LocalDate latest(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }
}
