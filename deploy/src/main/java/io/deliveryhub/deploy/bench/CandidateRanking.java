package io.deliveryhub.deploy.bench;

import io.deliveryhub.deploy.local.LocalStack;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Issue 5's matching benchmark: candidates for a 12-week request ranked over 5,000 people who carry
 * skills, time off and HARD bookings, one caller at a time through the gateway (goal: p95 ≤ 100 ms).
 */
final class CandidateRanking implements Scenario {

    private static final int PEOPLE = 5_000;
    private static final String PRACTICE = "Ranking bench";

    @Override
    public String name() {
        return "candidate-ranking";
    }

    @Override
    public List<Figures> run(LocalStack stack, Gateway admin, LoadRun load) {
        // The seeded project names nobody: only the head of delivery opens requests on any project.
        Gateway gateway = admin.asPerson("HEAD_OF_DELIVERY");
        ResourcesDatabase database = new ResourcesDatabase(stack);
        var project = database.knownProject("RANKING-BENCH", "ACTIVE");
        List<String> skills = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            skills.add(gateway.send(gateway.post("/api/v1/skills", Map.of("name", "Ranking skill " + i)), 201)
                    .path("id").asText());
        }
        seed(database, project, skills);
        String request = gateway.send(gateway.post("/api/v1/resource-requests", Map.of(
                "projectId", project.toString(), "role", "Developer", "hoursPerWeek", 24,
                "from", "2031-03-03", "to", "2031-05-23", "requiredSkills", List.of(
                        Map.of("skillId", skills.get(0), "minLevel", 3),
                        Map.of("skillId", skills.get(1), "minLevel", 2),
                        Map.of("skillId", skills.get(2), "minLevel", 4)))), 201).path("id").asText();
        int considered = gateway.send(gateway.get("/api/v1/resource-requests/" + request + "/candidates?limit=10"), 200)
                .path("consideredPeople").asInt();
        System.out.printf("  %d people seeded, %d of them ranked (the others have none of the skills)%n", PEOPLE,
                considered);
        LoadRun oneCaller = load.withClients(1);
        return List.of(oneCaller.run("GET candidates (12 weeks, 5,000 people)",
                n -> gateway.get("/api/v1/resource-requests/" + request + "/candidates?limit=10"), 200));
    }

    /** About three skills per person, a week off for one in five, HARD bookings for three in five. */
    private static void seed(ResourcesDatabase database, java.util.UUID project, List<String> skills) {
        database.people(PRACTICE, PEOPLE, 2031, 2031);
        for (String skill : skills) {
            database.update("""
                    insert into person_skill (id, person_id, skill_id, level, version, created_at, updated_at)
                    select gen_random_uuid(), p.id, ?::uuid, 1 + abs(hashtext(p.id::text || ?)) % 5, 1, now(), now()
                    from person p where p.practice = ? and abs(hashtext(? || p.id::text)) % 3 = 0""",
                    skill, skill, PRACTICE, skill);
        }
        database.update("""
                insert into time_off (id, person_id, from_date, to_date, type, hours_per_day, version, created_at, updated_at)
                select gen_random_uuid(), p.id, date '2031-04-07', date '2031-04-11', 'VACATION', 8, 1, now(), now()
                from person p where p.practice = ? and abs(hashtext(p.email)) % 5 = 0""", PRACTICE);
        database.update("""
                insert into allocation (id, person_id, project_id, from_date, to_date, hours_per_week, booking, billable,
                                        status, version, created_at, updated_at)
                select gen_random_uuid(), p.id, ?::uuid, date '2031-02-03' + (abs(hashtext(p.email)) % 60),
                       date '2031-04-05' + (abs(hashtext(p.name)) % 60), 8 + abs(hashtext(p.id::text)) % 33, 'HARD',
                       true, 'ACTIVE', 1, now(), now()
                from person p where p.practice = ? and abs(hashtext(p.name || 'x')) % 5 < 3""", project.toString(), PRACTICE);
    }
}
