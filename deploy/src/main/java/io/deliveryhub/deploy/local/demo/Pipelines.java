package io.deliveryhub.deploy.local.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * What the CI/CD pipelines and the monitoring reported: production deployments with their commits, and the
 * incidents some of them caused. Healthy teams ship small changes often and rarely break production; teams in
 * trouble ship seldom, with older commits, fail more and recover slowly. Each is posted under the pipeline's own id,
 * so posting it again changes nothing. What was shipped is planned before anything is looked up, so a second run
 * plans the same.
 */
final class Pipelines implements Stage {

    private static final Duration PROJECTS_KNOWN_WITHIN = Duration.ofSeconds(120);

    /** How a team ships: chance of a deployment on a working day, of it failing, of it causing an incident. */
    private record Cadence(double perDay, double failing, double incident, int commitAgeHours, int recoveryHours) {

        static Cadence of(String health) {
            return switch (health) {
                case "GREEN" -> new Cadence(0.7, 0.04, 0.04, 18, 2);
                case "AMBER" -> new Cadence(0.35, 0.08, 0.12, 72, 12);
                default -> new Cadence(0.15, 0.15, 0.25, 240, 40);
            };
        }
    }

    @Override
    public String name() {
        return "deployments and incidents";
    }

    /** One production deployment as the pipeline reports it, and the incident it caused, if any. */
    record Shipment(String id, Map<String, Object> deployment, String incidentId, Map<String, Object> incident) {
    }

    @Override
    public void run(Seeding seeding, Tally tally) {
        List<SeededProject> shipping = seeding.projects().stream().filter(SeededProject::takesHistory).toList();
        awaitKnownToMetrics(seeding, shipping);
        seeding.each(shipping, project -> {
            Set<String> deployed = externalIds(seeding, "/api/v1/deployments?projectId=" + project.id());
            Set<String> reported = externalIds(seeding, "/api/v1/incidents?projectId=" + project.id());
            for (Shipment shipment : plan(project.plan(), project.id(), seeding.plan())) {
                if (deployed.contains(shipment.id())) {
                    tally.existing("deployments");
                } else {
                    seeding.api().post("/api/v1/deployments", shipment.deployment(), 201);
                    tally.created("deployments");
                }
                if (shipment.incident() == null) {
                    continue;
                }
                if (reported.contains(shipment.incidentId())) {
                    tally.existing("incidents");
                } else {
                    seeding.api().post("/api/v1/incidents", shipment.incident(), 201);
                    tally.created("incidents");
                }
            }
        });
    }

    /** What the project's pipelines shipped from its first week of work until it stopped (or yesterday). */
    static List<Shipment> plan(PlannedProject plan, String projectId, FirmPlan firm) {
        Cadence cadence = Cadence.of(plan.health());
        Random random = plan.random("pipelines");
        LocalDate last = plan.workUntil().isBefore(firm.anchor()) ? plan.workUntil() : firm.anchor().minusDays(1);
        LocalDate first = plan.plannedStart().isAfter(firm.historyStart()) ? plan.plannedStart() : firm.historyStart();
        Instant anchorStart = firm.anchor().atStartOfDay().toInstant(ZoneOffset.UTC);
        List<Shipment> shipments = new ArrayList<>();
        for (LocalDate day = first.plusDays(7); !day.isAfter(last); day = day.plusDays(1)) {
            boolean working = day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
            if (random.nextDouble() >= cadence.perDay() || !working) {
                continue;
            }
            String id = plan.key() + "-deploy-" + (shipments.size() + 1);
            Instant finished = day.atTime(10 + random.nextInt(7), random.nextInt(60)).toInstant(ZoneOffset.UTC);
            Instant started = finished.minus(Duration.ofMinutes(8 + random.nextInt(10)));
            boolean failed = random.nextDouble() < cadence.failing();
            List<Map<String, Object>> commits = new ArrayList<>();
            for (int c = 0, count = 1 + random.nextInt(4); c < count; c++) {
                commits.add(Map.of("sha", Integer.toHexString(Math.abs((id + c).hashCode())), "committedAt",
                        finished.minus(Duration.ofMinutes(30 + random.nextInt(cadence.commitAgeHours() * 60))).toString()));
            }
            Map<String, Object> deployment = Body.of("externalId", id, "projectId", projectId, "service", plan.service(),
                    "environment", "production", "startedAt", started.toString(), "finishedAt", finished.toString(),
                    "status", failed ? "FAILURE" : "SUCCESS", "commits", commits);
            Map<String, Object> incident = null;
            String incidentId = id.replace("-deploy-", "-incident-");
            if (!failed && random.nextDouble() < cadence.incident()) {
                Instant opened = finished.plus(Duration.ofMinutes(10 + random.nextInt(240)));
                Instant resolved = opened.plus(Duration.ofMinutes(20 + random.nextInt(cadence.recoveryHours() * 60)));
                incident = Body.of("externalId", incidentId, "projectId", projectId, "service", plan.service(),
                        "openedAt", opened.toString(), "resolvedAt", resolved.isAfter(anchorStart) ? null : resolved.toString(),
                        "deploymentExternalId", id, "severity", "SEV" + (1 + random.nextInt(3)));
            }
            shipments.add(new Shipment(id, deployment, incidentId, incident));
        }
        return shipments;
    }

    private static Set<String> externalIds(Seeding seeding, String list) {
        Set<String> ids = new HashSet<>();
        seeding.api().all(list).forEach(item -> ids.add(item.path("externalId").asText()));
        return ids;
    }

    /** delivery-metrics learns of projects from their events; the pipelines report on projects it knows. */
    private static void awaitKnownToMetrics(Seeding seeding, List<SeededProject> projects) {
        Instant deadline = Instant.now().plus(PROJECTS_KNOWN_WITHIN);
        for (SeededProject project : projects) {
            while (seeding.api().find("/api/v1/metrics/projects/" + project.id()).isEmpty()) {
                if (Instant.now().isAfter(deadline)) {
                    throw new DemoFailure("delivery-metrics did not learn of project " + project.key() + " within "
                            + PROJECTS_KNOWN_WITHIN.toSeconds() + " s: is Kafka running?");
                }
                Seeding.pause(Duration.ofMillis(200));
            }
        }
    }
}
