package io.deliveryhub.resources.allocation;

import static io.deliveryhub.platform.security.Roles.*;
import static io.deliveryhub.resources.Fixtures.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import io.deliveryhub.resources.Fixtures;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.ProjectStaff;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AllocationResourceTest {

    private static final String ALLOCATIONS = "/api/v1/allocations";

    @Test
    void createsAHardBookingAndPointsToIt() {
        UUID person = Fixtures.person(40);
        UUID project = Fixtures.knownProject("ACTIVE");
        Map<String, Object> body = booking(person, project, MONDAY, MONDAY.plusWeeks(4).plusDays(4), 20, "HARD");
        body.put("billRate", Map.of("amount", "120.00", "currency", "EUR"));

        String location = ProjectStaff.as(DELIVERY_MANAGER).body(body).post(ALLOCATIONS)
                .then().statusCode(201).header("ETag", "\"1\"")
                .body("personId", is(person.toString()), "projectId", is(project.toString()), "from", is("2026-03-02"),
                        "to", is("2026-04-03"), "hoursPerWeek", is(20.0f), "booking", is("HARD"), "billable", is(true),
                        "billRate.amount", is("120.00"), "status", is("ACTIVE"), "overallocated", is(false),
                        "overallocatedWeeks", empty(), "version", is(1))
                .extract().header("Location");

        Api.as(TEAM_MEMBER).get(location).then().statusCode(200).header("ETag", "\"1\"").body("personId", is(person.toString()));
    }

    @Test
    void projectManagerBooksAPlaceholderSoftly() {
        Map<String, Object> body = booking(null, Fixtures.knownProject("PROPOSED"), MONDAY, MONDAY.plusDays(4), 40, "SOFT");
        body.put("placeholderRole", " Senior Java developer ");
        body.put("billable", false);

        ProjectStaff.as(PROJECT_MANAGER).body(body).post(ALLOCATIONS)
                .then().statusCode(201)
                .body("placeholderRole", is("Senior Java developer"), "personId", nullValue(), "billable", is(false));
    }

    @Test
    void refusesABookingNamingBothOrNeitherPersonAndPlaceholder() {
        UUID project = Fixtures.knownProject("ACTIVE");
        Map<String, Object> both = booking(Fixtures.person(40), project, MONDAY, MONDAY, 8, "SOFT");
        both.put("placeholderRole", "Tester");
        Map<String, Object> neither = booking(null, project, MONDAY, MONDAY, 8, "SOFT");

        for (Map<String, Object> body : List.of(both, neither)) {
            ProjectStaff.as(DELIVERY_MANAGER).body(body).post(ALLOCATIONS)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", endsWith("/validation"), "errors[0].field", is("personId"));
        }
    }

    @Test
    void refusesInvalidFields() {
        UUID project = Fixtures.knownProject("ACTIVE");
        ProjectStaff.as(DELIVERY_MANAGER).body(booking(Fixtures.person(40), project, MONDAY, MONDAY.minusDays(1), 8, "SOFT"))
                .post(ALLOCATIONS).then().statusCode(400).body("errors[0].field", is("to"));
        ProjectStaff.as(DELIVERY_MANAGER).body(booking(Fixtures.person(40), project, MONDAY, MONDAY, 0, "SOFT"))
                .post(ALLOCATIONS).then().statusCode(400).body("errors[0].field", is("hoursPerWeek"));
        Map<String, Object> noProject = booking(Fixtures.person(40), null, MONDAY, MONDAY, 8, "SOFT");
        ProjectStaff.as(DELIVERY_MANAGER).body(noProject).post(ALLOCATIONS)
                .then().statusCode(400).body("errors.field", hasItem("projectId"));
        Map<String, Object> badBooking = booking(Fixtures.person(40), project, MONDAY, MONDAY, 8, "MAYBE");
        ProjectStaff.as(DELIVERY_MANAGER).body(badBooking).post(ALLOCATIONS)
                .then().statusCode(400).body("errors[0].field", is("booking"));
    }

    @Test
    void refusesAProjectItDoesNotKnowOrThatHasEnded() {
        UUID person = Fixtures.person(40);
        ProjectStaff.as(DELIVERY_MANAGER).body(booking(person, UUID.randomUUID(), MONDAY, MONDAY, 8, "HARD")).post(ALLOCATIONS)
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", endsWith("/unknown-project"), "detail", containsString("not a project resources-service knows"));
        for (String status : List.of("CANCELLED", "CLOSED")) {
            ProjectStaff.as(DELIVERY_MANAGER).body(booking(person, Fixtures.knownProject(status), MONDAY, MONDAY, 8, "SOFT"))
                    .post(ALLOCATIONS)
                    .then().statusCode(422).body("type", endsWith("/project-ended"), "detail", containsString(status));
        }
    }

    @Test
    void refusesAnUnknownPersonAndAForeignCurrency() {
        UUID project = Fixtures.knownProject("ACTIVE");
        ProjectStaff.as(DELIVERY_MANAGER).body(booking(UUID.randomUUID(), project, MONDAY, MONDAY, 8, "HARD")).post(ALLOCATIONS)
                .then().statusCode(422).body("type", endsWith("/unknown-person"));
        Map<String, Object> body = booking(Fixtures.person(40), project, MONDAY, MONDAY, 8, "HARD");
        body.put("billRate", Map.of("amount", "100.00", "currency", "USD"));
        ProjectStaff.as(DELIVERY_MANAGER).body(body).post(ALLOCATIONS)
                .then().statusCode(422).body("type", endsWith("/exchange-rate-missing"), "currency", is("USD"),
                        "date", is(MONDAY.toString()), "detail", containsString("USD"));
    }

    @Test
    void onlyDeliveryManagersAndTheHeadOfDeliveryBookHard() {
        UUID person = Fixtures.person(40);
        UUID project = Fixtures.knownProject("ACTIVE");
        ProjectStaff.as(PROJECT_MANAGER).body(booking(person, project, MONDAY, MONDAY, 8, "HARD")).post(ALLOCATIONS)
                .then().statusCode(403).contentType("application/problem+json");
        Api.as(TEAM_MEMBER).body(booking(person, project, MONDAY, MONDAY, 8, "SOFT")).post(ALLOCATIONS)
                .then().statusCode(403);
        Api.as(HEAD_OF_DELIVERY).body(booking(person, project, MONDAY, MONDAY, 8, "HARD")).post(ALLOCATIONS)
                .then().statusCode(201);
        Api.anonymous().get(ALLOCATIONS).then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
        Api.as(INTEGRATION_CRM).get(ALLOCATIONS).then().statusCode(403);
    }

    @Test
    void refusesHardBookingThatOverbooksAWeek() {
        UUID person = Fixtures.person(40);
        UUID project = Fixtures.knownProject("ACTIVE");
        hard(person, project, MONDAY, MONDAY.plusWeeks(2).plusDays(4), 30);

        ProjectStaff.as(DELIVERY_MANAGER).body(booking(person, project, MONDAY.plusWeeks(1), MONDAY.plusWeeks(3).plusDays(4), 16, "HARD"))
                .post(ALLOCATIONS)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/overallocation"), "detail", containsString("allowOverallocation=true"),
                        "weeks", hasSize(2), "weeks[0].week", is("2026-W11"), "weeks[0].capacityHours", is(40.0f),
                        "weeks[0].bookedHours", is(46.0f), "weeks[1].week", is("2026-W12"));
    }

    @Test
    void softBookingsNeverCountAgainstCapacity() {
        UUID person = Fixtures.person(40);
        UUID project = Fixtures.knownProject("ACTIVE");
        ProjectStaff.as(PROJECT_MANAGER).body(booking(person, project, MONDAY, MONDAY.plusDays(4), 40, "SOFT")).post(ALLOCATIONS)
                .then().statusCode(201);
        hard(person, project, MONDAY, MONDAY.plusDays(4), 40);
        ProjectStaff.as(PROJECT_MANAGER).body(booking(person, project, MONDAY, MONDAY.plusDays(4), 40, "SOFT")).post(ALLOCATIONS)
                .then().statusCode(201).body("overallocated", is(false));
    }

    @Test
    void timeOffLowersWhatAHardBookingMayTake() {
        UUID person = Fixtures.person(40);
        Fixtures.leaves(person, MONDAY, MONDAY.plusDays(1), 8);

        ProjectStaff.as(DELIVERY_MANAGER).body(booking(person, Fixtures.knownProject("ACTIVE"), MONDAY, MONDAY.plusDays(4), 25, "HARD"))
                .post(ALLOCATIONS)
                .then().statusCode(409).body("weeks[0].capacityHours", is(24.0f), "weeks[0].bookedHours", is(25.0f));
    }

    @Test
    void storesAndFlagsAnOverallocationWhenExplicitlyAllowed() {
        UUID person = Fixtures.person(32);
        UUID project = Fixtures.knownProject("ACTIVE");

        ProjectStaff.as(DELIVERY_MANAGER).queryParam("allowOverallocation", true)
                .body(booking(person, project, MONDAY, MONDAY.plusDays(4), 40, "HARD")).post(ALLOCATIONS)
                .then().statusCode(201)
                .body("overallocated", is(true), "overallocatedWeeks[0].week", is("2026-W10"),
                        "overallocatedWeeks[0].capacityHours", is(32.0f), "overallocatedWeeks[0].bookedHours", is(40.0f));

        Map<String, Object> body = booking(person, project, MONDAY, MONDAY.plusDays(4), 8, "HARD");
        body.put("allowOverallocation", true);
        ProjectStaff.as(DELIVERY_MANAGER).body(body).post(ALLOCATIONS)
                .then().statusCode(201).body("overallocated", is(true), "overallocatedWeeks[0].bookedHours", is(48.0f));
    }

    @Test
    void twoSimultaneousHardBookingsCannotBothOverbookAPerson() throws Exception {
        UUID person = Fixtures.person(40);
        UUID project = Fixtures.knownProject("ACTIVE");
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> attempts = List.of(1, 2).stream().map(i -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return ProjectStaff.as(DELIVERY_MANAGER).body(booking(person, project, MONDAY, MONDAY.plusDays(4), 30, "HARD"))
                    .post(ALLOCATIONS).then().extract().statusCode();
        })).toList();
        start.countDown();

        List<Integer> statuses = attempts.stream().map(CompletableFuture::join).sorted().toList();

        assertThat(statuses).containsExactly(201, 409);
    }

    @Test
    void listsAllocationsFilteredAndPaged() {
        UUID person = Fixtures.person(40);
        UUID project = Fixtures.knownProject("ACTIVE");
        hard(person, project, MONDAY, MONDAY.plusDays(4), 8);
        hard(person, project, MONDAY.plusWeeks(1), MONDAY.plusWeeks(1).plusDays(4), 8);
        ProjectStaff.as(PROJECT_MANAGER).body(booking(person, project, MONDAY.plusWeeks(2), MONDAY.plusWeeks(2).plusDays(4), 8, "SOFT"))
                .post(ALLOCATIONS).then().statusCode(201);

        Api.as(TEAM_MEMBER).queryParam("personId", person).queryParam("size", 2).queryParam("sort", "from,desc")
                .get(ALLOCATIONS)
                .then().statusCode(200)
                .body("total", is(3), "items", hasSize(2), "items[0].from", is("2026-03-16"));
        Api.as(TEAM_MEMBER).queryParam("projectId", project).queryParam("booking", "HARD").get(ALLOCATIONS)
                .then().body("total", is(2));
        Api.as(TEAM_MEMBER).queryParam("personId", person).queryParam("from", "2026-03-10").queryParam("to", "2026-03-12")
                .get(ALLOCATIONS)
                .then().body("total", is(1), "items[0].from", is("2026-03-09"));
        Api.as(TEAM_MEMBER).queryParam("booking", "FIRM").get(ALLOCATIONS)
                .then().statusCode(400).body("errors[0].field", is("booking"));
        Api.as(TEAM_MEMBER).queryParam("sort", "secret").get(ALLOCATIONS)
                .then().statusCode(400).body("errors[0].field", is("sort"));
    }

    @Test
    void answers404ForAnUnknownAllocation() {
        Api.as(ADMIN).get(ALLOCATIONS + "/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json").body("type", endsWith("/not-found"));
        ProjectStaff.as(DELIVERY_MANAGER).header("If-Match", "\"1\"").body(Map.of("hoursPerWeek", 8))
                .patch(ALLOCATIONS + "/" + UUID.randomUUID()).then().statusCode(404);
        ProjectStaff.as(DELIVERY_MANAGER).delete(ALLOCATIONS + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void patchesAnAllocationWithIfMatch() {
        UUID person = Fixtures.person(40);
        String id = hard(Fixtures.person(40), Fixtures.knownProject("ACTIVE"), MONDAY, MONDAY.plusWeeks(1), 20);
        String path = ALLOCATIONS + "/" + id;

        ProjectStaff.as(DELIVERY_MANAGER).body(Map.of("hoursPerWeek", 24)).patch(path)
                .then().statusCode(428).body("type", endsWith("/precondition-required"));
        ProjectStaff.as(DELIVERY_MANAGER).header("If-Match", "\"7\"").body(Map.of("hoursPerWeek", 24)).patch(path)
                .then().statusCode(412).body("type", endsWith("/stale-version"));
        ProjectStaff.as(DELIVERY_MANAGER).header("If-Match", "\"1\"").contentType("application/merge-patch+json")
                .body(Map.of("hoursPerWeek", 24, "personId", person.toString())).patch(path)
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("hoursPerWeek", is(24.0f), "personId", is(person.toString()), "to", is("2026-03-09"), "version", is(2));
        ProjectStaff.as(DELIVERY_MANAGER).header("If-Match", "\"2\"").body(Map.of("projectId", UUID.randomUUID().toString()))
                .patch(path).then().statusCode(400).body("errors[0].field", is("projectId"));
        ProjectStaff.as(DELIVERY_MANAGER).header("If-Match", "\"2\"").body(Map.of("hoursPerWeek", "lots")).patch(path)
                .then().statusCode(400).body("errors[0].field", is("hoursPerWeek"));
        Map<String, Object> toPlaceholder = new HashMap<>();
        toPlaceholder.put("placeholderRole", "Tester");
        ProjectStaff.as(DELIVERY_MANAGER).header("If-Match", "\"2\"").body(toPlaceholder).patch(path)
                .then().statusCode(400).body("errors[0].field", is("personId"));
        ProjectStaff.as(PROJECT_MANAGER).header("If-Match", "\"2\"").body(Map.of("hoursPerWeek", 8)).patch(path)
                .then().statusCode(403);
    }

    @Test
    void refusesAPatchThatOverbooksUnlessAllowed() {
        UUID person = Fixtures.person(40);
        UUID project = Fixtures.knownProject("ACTIVE");
        hard(person, project, MONDAY, MONDAY.plusDays(4), 30);
        String path = ALLOCATIONS + "/" + hard(person, project, MONDAY, MONDAY.plusDays(4), 10);

        ProjectStaff.as(DELIVERY_MANAGER).header("If-Match", "\"1\"").body(Map.of("hoursPerWeek", 12)).patch(path)
                .then().statusCode(409).body("weeks[0].bookedHours", is(42.0f));
        ProjectStaff.as(DELIVERY_MANAGER).header("If-Match", "\"1\"").body(Map.of("hoursPerWeek", 12, "allowOverallocation", true))
                .patch(path)
                .then().statusCode(200).body("overallocated", is(true), "hoursPerWeek", is(12.0f));
        ProjectStaff.as(DELIVERY_MANAGER).header("If-Match", "\"2\"").body(Map.of("hoursPerWeek", 10)).patch(path)
                .then().statusCode(200).body("overallocated", is(false));
    }

    @Test
    void releasesAnAllocationOnce() {
        UUID person = Fixtures.person(40);
        UUID project = Fixtures.knownProject("ACTIVE");
        String path = ALLOCATIONS + "/" + hard(person, project, MONDAY, MONDAY.plusDays(4), 40);

        ProjectStaff.as(PROJECT_MANAGER).delete(path).then().statusCode(403);
        ProjectStaff.as(DELIVERY_MANAGER).header("If-Match", "\"9\"").delete(path).then().statusCode(412);
        ProjectStaff.as(DELIVERY_MANAGER).delete(path).then().statusCode(204);
        ProjectStaff.as(DELIVERY_MANAGER).delete(path).then().statusCode(204);

        Api.as(ADMIN).get(path).then().statusCode(200).body("status", is("RELEASED"), "version", is(2));
        Api.as(ADMIN).queryParam("personId", person).get(ALLOCATIONS).then().body("total", is(0));
        Api.as(ADMIN).queryParam("personId", person).queryParam("status", "RELEASED").get(ALLOCATIONS)
                .then().body("total", is(1));
        ProjectStaff.as(DELIVERY_MANAGER).header("If-Match", "\"2\"").body(Map.of("hoursPerWeek", 8)).patch(path)
                .then().statusCode(409).body("type", endsWith("/allocation-released"));
        // Its hours are free again.
        hard(person, project, MONDAY, MONDAY.plusDays(4), 40);
    }

    @Test
    void booksAPersonOnlyWithinTheirActiveDatesWhetherBookedPatchedOrFilled() {
        Map<String, Object> details = Fixtures.person(Fixtures.unique());
        details.put("activeFrom", "2026-03-02");
        details.put("activeTo", "2026-03-31");
        UUID person = Fixtures.newPerson(details);
        UUID project = Fixtures.knownProject("ACTIVE");
        ProjectStaff.as(DELIVERY_MANAGER).body(booking(person, project, MONDAY.plusWeeks(4), MONDAY.plusWeeks(5), 8, "SOFT"))
                .post(ALLOCATIONS).then().statusCode(422).body("type", endsWith("/person-inactive"),
                        "detail", allOf(containsString("active from 2026-03-02 to 2026-03-31"),
                                containsString("an allocation from 2026-03-30 to 2026-04-06")));
        ProjectStaff.as(DELIVERY_MANAGER).body(booking(person, project, MONDAY.minusDays(1), MONDAY, 8, "HARD"))
                .post(ALLOCATIONS).then().statusCode(422).body("type", endsWith("/person-inactive"));

        String path = ALLOCATIONS + "/" + hard(person, project, MONDAY, MONDAY.plusDays(29), 8);
        ProjectStaff.as(DELIVERY_MANAGER).header("If-Match", "\"1\"").body(Map.of("to", "2026-04-01")).patch(path)
                .then().statusCode(422).body("type", endsWith("/person-inactive"));

        String request = ProjectStaff.as(PROJECT_MANAGER).body(Map.of("projectId", project.toString(), "role", "Tester",
                "hoursPerWeek", 8, "from", "2026-03-16", "to", "2026-04-10")).post("/api/v1/resource-requests")
                .then().statusCode(201).extract().path("id");
        ProjectStaff.as(DELIVERY_MANAGER).body(Map.of("personId", person.toString()))
                .post("/api/v1/resource-requests/" + request + "/fill")
                .then().statusCode(422).body("type", endsWith("/person-inactive"));
        Api.as(ADMIN).get("/api/v1/resource-requests/" + request).then().body("status", is("OPEN"));
    }

    static Map<String, Object> booking(UUID person, UUID project, LocalDate from, LocalDate to, int hours, String booking) {
        Map<String, Object> body = new HashMap<>();
        if (person != null) {
            body.put("personId", person.toString());
        }
        if (project != null) {
            body.put("projectId", project.toString());
        }
        body.put("from", from.toString());
        body.put("to", to.toString());
        body.put("hoursPerWeek", hours);
        body.put("booking", booking);
        return body;
    }

    static String hard(UUID person, UUID project, LocalDate from, LocalDate to, int hours) {
        return ProjectStaff.as(DELIVERY_MANAGER).body(booking(person, project, from, to, hours, "HARD")).post(ALLOCATIONS)
                .then().statusCode(201).extract().path("id");
    }
}
