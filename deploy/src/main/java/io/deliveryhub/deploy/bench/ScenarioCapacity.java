package io.deliveryhub.deploy.bench;

import io.deliveryhub.deploy.local.LocalStack;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Issue 21's what-if benchmark: capacity against demand by role over 26 weeks and 500 people, for a scenario of 200
 * changes (150 added bookings, 50 copied live ones), beside the same view of the live plan, one caller at a time
 * through the gateway (goal: p95 ≤ 100 ms for the scenario).
 */
final class ScenarioCapacity implements Scenario {

    private static final int PEOPLE = 500;
    private static final int ADDED = 150;
    private static final int COPIED = 50;
    private static final String PRACTICE = "Scenario bench";
    private static final String PERIOD = "from=2031-01-06&to=2031-07-06&groupBy=role";

    @Override
    public String name() {
        return "scenario-capacity";
    }

    @Override
    public List<Figures> run(LocalStack stack, Gateway admin, LoadRun load) {
        Gateway gateway = admin.asPerson("HEAD_OF_DELIVERY");
        ResourcesDatabase database = new ResourcesDatabase(stack);
        UUID project = database.knownProject("SCENARIO-BENCH", "ACTIVE");
        database.people(PRACTICE, PEOPLE, 2031, 2031);
        database.update("""
                insert into allocation (id, person_id, project_id, from_date, to_date, hours_per_week, booking, billable,
                                        status, version, created_at, updated_at)
                select gen_random_uuid(), p.id, ?::uuid, date '2031-01-06' + (abs(hashtext(p.email)) % 60),
                       date '2031-04-05' + (abs(hashtext(p.name)) % 90), 8 + abs(hashtext(p.id::text)) % 33, 'HARD',
                       true, 'ACTIVE', 1, now(), now()
                from person p where p.practice = ? and abs(hashtext(p.name || 'x')) % 5 < 3""", project.toString(),
                PRACTICE);
        List<String> people = database.ids("select id from person where practice = ? order by email", PRACTICE);
        List<String> copied = database.ids("""
                select a.person_id from allocation a join person p on p.id = a.person_id
                where p.practice = ? order by p.email limit ?""", PRACTICE, COPIED);
        String scenario = gateway.send(gateway.post("/api/v1/scenarios", Map.of("name", "Bench what-if",
                "copy", Map.of("projectIds", List.of(project.toString()), "personIds", copied))), 201)
                .path("id").asText();
        for (int i = 0; i < ADDED; i++) {
            gateway.send(gateway.post("/api/v1/scenarios/" + scenario + "/allocations", Map.of(
                    "personId", people.get(i * 3 % PEOPLE), "projectId", project.toString(),
                    "from", "2031-02-03", "to", "2031-06-27", "hoursPerWeek", 8 + i % 24,
                    "booking", i % 2 == 0 ? "HARD" : "SOFT")), 201);
        }
        int changes = gateway.send(gateway.get("/api/v1/scenarios/" + scenario + "/allocations"), 200).size();
        System.out.printf("  %d people seeded, scenario of %d changes%n", PEOPLE, changes);
        LoadRun oneCaller = load.withClients(1);
        return List.of(
                oneCaller.run("GET capacity, live plan (26 weeks, 500 people)",
                        n -> gateway.get("/api/v1/capacity?" + PERIOD), 200),
                oneCaller.run("GET capacity, scenario of 200 changes (26 weeks, 500 people)",
                        n -> gateway.get("/api/v1/capacity?" + PERIOD + "&scenario=" + scenario), 200));
    }
}
