package io.deliveryhub.deploy.local.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who is booked where: HARD bookings on running and past projects, SOFT ones on projects being planned, an unnamed
 * role priced for the pipeline's proposals; a couple of people knowingly overbooked.
 */
final class Staffing implements Stage {

    private static final Duration PROJECTS_KNOWN_WITHIN = Duration.ofSeconds(120);

    @Override
    public String name() {
        return "allocations";
    }

    @Override
    public void run(Seeding seeding, Tally tally) {
        List<SeededProject> staffed = seeding.projects().stream()
                .filter(p -> !p.settledBefore() && !p.plan().team().isEmpty()).toList();
        awaitKnownToResources(seeding, staffed);
        Map<String, PlannedPerson> byId = new HashMap<>();
        seeding.plan().people().forEach(person -> byId.put(seeding.personId(person), person));
        seeding.each(staffed, project -> {
            Set<String> booked = new HashSet<>();
            seeding.api().all("/api/v1/allocations?projectId=" + project.id()).forEach(allocation -> {
                PlannedPerson person = byId.get(allocation.path("personId").asText());
                booked.add((person == null ? "role:" + allocation.path("placeholderRole").asText() : person.email())
                        + "@" + allocation.path("from").asText());
            });
            for (PlannedAllocation allocation : project.plan().team()) {
                if (booked.contains(allocation.naturalKey())) {
                    tally.existing("allocations");
                } else {
                    book(seeding, project, allocation);
                    tally.created(allocation.overbooked() ? "overbooked on purpose" : "allocations");
                }
            }
        });
    }

    private static void book(Seeding seeding, SeededProject project, PlannedAllocation allocation) {
        String currency = FirmPlan.BASE_CURRENCY;
        seeding.headOfDelivery().post("/api/v1/allocations", Body.of(
                "personId", allocation.person() == null ? null : seeding.personId(allocation.person()),
                "placeholderRole", allocation.placeholderRole(),
                "projectId", project.id(),
                "from", allocation.from().toString(),
                "to", allocation.to().toString(),
                "hoursPerWeek", allocation.hoursPerWeek(),
                "booking", allocation.booking(),
                "billable", allocation.billable(),
                "billRate", allocation.placeholderBillRate() == null ? null : Body.money(allocation.placeholderBillRate(), currency),
                "costRate", allocation.placeholderCostRate() == null ? null : Body.money(allocation.placeholderCostRate(), currency),
                "allowOverallocation", allocation.overbooked() ? Boolean.TRUE : null), 201);
    }

    /** resources-service learns of projects from their events: bookings and time wait until it has. */
    static void awaitKnownToResources(Seeding seeding, List<SeededProject> projects) {
        Instant deadline = Instant.now().plus(PROJECTS_KNOWN_WITHIN);
        for (SeededProject project : projects) {
            while (seeding.api().find("/api/v1/known-projects/" + project.id()).isEmpty()) {
                if (Instant.now().isAfter(deadline)) {
                    throw new DemoFailure("resources-service did not learn of project " + project.key() + " within "
                            + PROJECTS_KNOWN_WITHIN.toSeconds() + " s: is Kafka running?");
                }
                Seeding.pause(Duration.ofMillis(200));
            }
        }
    }
}
