package io.deliveryhub.resources.resourcerequest;

import static io.deliveryhub.platform.security.Roles.DELIVERY_MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

import io.deliveryhub.resources.Fixtures;
import io.deliveryhub.testkit.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The matching target of issue 5: 5,000 people ranked for a 12-week request with p95 ≤ 100 ms (measured over HTTP,
 * warm). The people work only in 2031, so no other test sees them; they carry skills, time off and HARD bookings.
 * The build machine is shared, so the bound asserted here is far looser than the target (it catches per-person
 * querying, not a slow machine); the figures are logged with the load average, over HTTP and in process, wall
 * clock and CPU time.
 */
@QuarkusTest
class CandidateRankingPerformanceTest {

    private static final Logger LOG = Logger.getLogger(CandidateRankingPerformanceTest.class);
    private static final int PEOPLE = 5_000;
    private static final long P95_BOUND_MS = Long.getLong("deliveryhub.bench.ranking-p95-ms", 1000);

    @Inject
    EntityManager entityManager;

    @Inject
    CandidateSearch search;

    @Test
    void ranksFiveThousandPeopleForATwelveWeekRequestQuickly() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        UUID project = Fixtures.knownProject("ACTIVE");
        List<UUID> skills = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            skills.add(Fixtures.skill("Perf " + run + " " + i));
        }
        seed(run, project, skills);
        String request = Api.as(DELIVERY_MANAGER).body(Map.of("projectId", project.toString(), "role", "Developer",
                "hoursPerWeek", 24, "from", "2031-03-03", "to", "2031-05-23", "requiredSkills", List.of(
                        Map.of("skillId", skills.get(0).toString(), "minLevel", 3),
                        Map.of("skillId", skills.get(1).toString(), "minLevel", 2),
                        Map.of("skillId", skills.get(2).toString(), "minLevel", 4))))
                .post("/api/v1/resource-requests").then().statusCode(201).extract().path("id");

        for (int i = 0; i < 30; i++) {
            rank(request);
        }
        List<Long> http = new ArrayList<>();
        List<Long> inProcess = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        UUID requestId = UUID.fromString(request);
        for (int i = 0; i < 40; i++) {
            long started = System.nanoTime();
            rank(request);
            http.add((System.nanoTime() - started) / 1_000_000);
            long cpuStarted = threads.getCurrentThreadCpuTime();
            started = System.nanoTime();
            QuarkusTransaction.requiringNew().call(() -> search.candidates(requestId, 10));
            inProcess.add((System.nanoTime() - started) / 1_000_000);
            cpu.add((threads.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000);
        }
        LOG.infof("candidate ranking over %d people, 12 weeks (load average %.1f): over HTTP %s; in process %s; "
                + "CPU time of the ranking thread %s", PEOPLE,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), figures(http), figures(inProcess),
                figures(cpu));
        assertThat(percentile(http, 95)).isLessThanOrEqualTo(P95_BOUND_MS);
    }

    private static String figures(List<Long> millis) {
        return "p50 " + percentile(millis, 50) + " ms, p95 " + percentile(millis, 95) + " ms";
    }

    private static long percentile(List<Long> millis, int percentile) {
        List<Long> sorted = millis.stream().sorted().toList();
        return sorted.get((int) Math.ceil(sorted.size() * percentile / 100.0) - 1);
    }

    private void rank(String request) {
        int considered = Api.as(DELIVERY_MANAGER).queryParam("limit", 10)
                .get("/api/v1/resource-requests/" + request + "/candidates")
                .then().statusCode(200).extract().path("consideredPeople");
        // Everyone with at least one of the three skills (about 70 % of them) is ranked.
        assertThat(considered).isGreaterThan(PEOPLE / 2);
    }

    /** Set-based inserts: 5,000 people, ~3 skills each, a week off for one in five, HARD bookings for three in five. */
    private void seed(String run, UUID project, List<UUID> skills) {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("""
                    insert into person (id, name, email, title, practice, capacity_hours_per_week, active_from, active_to,
                                        version, created_at, updated_at)
                    select gen_random_uuid(), 'Perf ' || g, 'perf-' || :run || '-' || g || '@example.com', 'Developer',
                           'Perf ' || :run, 40, date '2031-01-01', date '2031-12-31', 1, now(), now()
                    from generate_series(1, :people) g""")
                    .setParameter("run", run).setParameter("people", PEOPLE).executeUpdate();
            for (UUID skill : skills) {
                entityManager.createNativeQuery("""
                        insert into person_skill (id, person_id, skill_id, level, version, created_at, updated_at)
                        select gen_random_uuid(), p.id, cast(:skill as uuid), 1 + abs(hashtext(p.id::text || :skill)) % 5, 1, now(), now()
                        from person p where p.practice = 'Perf ' || :run and abs(hashtext(:skill || p.id::text)) % 3 = 0""")
                        .setParameter("skill", skill.toString()).setParameter("run", run).executeUpdate();
            }
            entityManager.createNativeQuery("""
                    insert into time_off (id, person_id, from_date, to_date, type, hours_per_day, version, created_at, updated_at)
                    select gen_random_uuid(), p.id, date '2031-04-07', date '2031-04-11', 'VACATION', 8, 1, now(), now()
                    from person p where p.practice = 'Perf ' || :run and abs(hashtext(p.email)) % 5 = 0""")
                    .setParameter("run", run).executeUpdate();
            entityManager.createNativeQuery("""
                    insert into allocation (id, person_id, project_id, from_date, to_date, hours_per_week, booking, billable,
                                            status, version, created_at, updated_at)
                    select gen_random_uuid(), p.id, :project, date '2031-02-03' + (abs(hashtext(p.email)) % 60),
                           date '2031-04-05' + (abs(hashtext(p.name)) % 60), 8 + abs(hashtext(p.id::text)) % 33, 'HARD',
                           true, 'ACTIVE', 1, now(), now()
                    from person p where p.practice = 'Perf ' || :run and abs(hashtext(p.name || 'x')) % 5 < 3""")
                    .setParameter("project", project).setParameter("run", run).executeUpdate();
        });
    }
}
