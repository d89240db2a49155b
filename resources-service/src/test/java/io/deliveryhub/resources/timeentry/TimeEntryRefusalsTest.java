package io.deliveryhub.resources.timeentry;

import static io.deliveryhub.platform.security.Roles.ADMIN;
import static io.deliveryhub.platform.security.Roles.INTEGRATION_TIMESHEETS;
import static org.assertj.core.api.Assertions.assertThat;

import io.deliveryhub.resources.Fixtures;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same bad entries fed to both write paths: logging one entry refuses each with a problem, and the batch import
 * rejects it as an item whose reason is that problem's detail, word for word.
 */
@QuarkusTest
class TimeEntryRefusalsTest {

    private static final String DAY = "2026-03-02";

    /** A bad entry: how to spoil a valid one, and the problem it must draw. */
    record Case(String name, int status, String type, Consumer<Map<String, Object>> spoil) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> badEntries() {
        return Stream.of(
                new Case("unknown person", 422, "unknown-person", e -> e.put("personId", UUID.randomUUID().toString())),
                new Case("unknown project", 422, "unknown-project", e -> e.put("projectId", UUID.randomUUID().toString())),
                new Case("closed project", 422, "project-ended",
                        e -> e.put("projectId", Fixtures.knownProject("CLOSED").toString())),
                new Case("cancelled project", 422, "project-ended",
                        e -> e.put("projectId", Fixtures.knownProject("CANCELLED").toString())),
                new Case("person not active that day", 422, "person-inactive",
                        e -> e.put("personId", inactiveSince(DAY).toString())),
                new Case("day over 24 hours", 409, "day-over-24-hours", e -> {
                    Api.as(ADMIN).body(Fixtures.entry(UUID.fromString((String) e.get("personId")),
                            UUID.fromString((String) e.get("projectId")), DAY, 20)).post("/api/v1/time-entries")
                            .then().statusCode(201);
                    e.put("hours", 5);
                }),
                new Case("no hours", 400, "validation", e -> e.put("hours", 0)),
                new Case("more than 24 hours", 400, "validation", e -> e.put("hours", 24.5)),
                new Case("hours with 3 decimals", 400, "validation", e -> e.put("hours", 1.234)),
                new Case("hours not a number", 400, "validation", e -> e.put("hours", "lots")),
                new Case("no hours at all", 400, "validation", e -> e.remove("hours")),
                new Case("a day the calendar lacks", 400, "validation", e -> e.put("date", "2026-02-29")),
                new Case("no date", 400, "validation", e -> e.remove("date")),
                new Case("billable not a boolean", 400, "validation", e -> e.put("billable", "yes")),
                new Case("personId not a UUID", 400, "validation", e -> e.put("personId", "jane")),
                new Case("description too long", 400, "validation", e -> e.put("description", "x".repeat(2001))),
                new Case("blank external system", 400, "validation",
                        e -> e.put("externalRef", Map.of("system", " ", "id", Fixtures.unique()))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badEntries")
    void bothPathsRefuseABadEntryAlike(Case bad) {
        Map<String, Object> entry = Fixtures.entry(Fixtures.newPerson(), Fixtures.knownProject(), DAY, 4);
        entry.put("externalRef", Map.of("system", "harvest", "id", Fixtures.unique()));
        bad.spoil().accept(entry);

        JsonPath problem = Api.as(ADMIN).body(entry).post("/api/v1/time-entries")
                .then().statusCode(bad.status()).contentType("application/problem+json").extract().jsonPath();
        assertThat(problem.getString("type")).endsWith("/" + bad.type());

        Map<String, Object> item = new HashMap<>(entry);
        if (item.get("externalRef") instanceof Map<?, ?> ref && !" ".equals(ref.get("system"))) {
            item.put("externalRef", Map.of("system", "harvest", "id", Fixtures.unique()));
        }
        JsonPath report = Api.withToken(TestTokens.integration("timesheets-test", INTEGRATION_TIMESHEETS))
                .body(Map.of("entries", List.of(item))).post("/api/v1/time-entries/batch")
                .then().statusCode(200).extract().jsonPath();
        assertThat(report.getString("results[0].status")).isEqualTo("rejected");
        assertThat(report.getString("results[0].reason")).isEqualTo(problem.getString("detail"));
    }

    private static UUID inactiveSince(String day) {
        Map<String, Object> person = Fixtures.person(Fixtures.unique());
        person.put("activeTo", java.time.LocalDate.parse(day).minusDays(1).toString());
        return Fixtures.newPerson(person);
    }
}
