package io.deliveryhub.resources.resourcerequest;

import static io.deliveryhub.platform.security.Roles.*;
import static io.deliveryhub.resources.Fixtures.MONDAY;
import static org.hamcrest.Matchers.*;

import io.deliveryhub.resources.Fixtures;
import io.deliveryhub.resources.PublishedEvents;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.ProjectStaff;
import io.deliveryhub.testkit.EventSchemas;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ResourceRequestResourceTest {

    private static final String REQUESTS = "/api/v1/resource-requests";

    @Test
    void opensARequestNamingSkillsByIdOrName() {
        String java = "Java " + UUID.randomUUID();
        UUID javaId = Fixtures.skill(java);
        UUID sql = Fixtures.skill("SQL " + UUID.randomUUID());
        UUID project = Fixtures.knownProject("PLANNING");
        Map<String, Object> body = request(project, List.of(Map.of("skill", java.toUpperCase(), "minLevel", 4),
                Map.of("skillId", sql.toString(), "minLevel", 2)));

        String location = ProjectStaff.as(PROJECT_MANAGER).body(body).post(REQUESTS)
                .then().statusCode(201).header("ETag", "\"1\"")
                .body("projectId", is(project.toString()), "role", is("Backend developer"), "status", is("OPEN"),
                        "priority", is("MEDIUM"), "hoursPerWeek", is(20.0f), "from", is("2026-03-02"),
                        "requiredSkills", hasSize(2), "requiredSkills[0].skillId", is(javaId.toString()),
                        "requiredSkills[0].skill", is(java), "requiredSkills[0].minLevel", is(4))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        Api.as(TEAM_MEMBER).get(location).then().statusCode(200).body("id", is(id));
        EventSchemas.assertValid(ResourceRequestEvents.OPENED,
                PublishedEvents.awaitSubject(id, ResourceRequestEvents.OPENED).value());
    }

    @Test
    void refusesInvalidRequests() {
        UUID project = Fixtures.knownProject("ACTIVE");
        Map<String, Object> backwards = request(project, List.of());
        backwards.put("to", "2026-03-01");
        ProjectStaff.as(PROJECT_MANAGER).body(backwards).post(REQUESTS).then().statusCode(400).body("errors[0].field", is("to"));
        Map<String, Object> noRole = request(project, List.of());
        noRole.remove("role");
        ProjectStaff.as(PROJECT_MANAGER).body(noRole).post(REQUESTS).then().statusCode(400).body("errors[0].field", is("role"));
        ProjectStaff.as(PROJECT_MANAGER).body(request(project, List.of(Map.of("skill", "Java", "minLevel", 6)))).post(REQUESTS)
                .then().statusCode(400).body("errors[0].field", allOf(startsWith("requiredSkills"), containsString("minLevel")));
        ProjectStaff.as(PROJECT_MANAGER).body(request(project, List.of(Map.of("minLevel", 3)))).post(REQUESTS)
                .then().statusCode(400).body("errors[0].field", is("requiredSkills[0]"));
        UUID skill = Fixtures.skill("Dup " + UUID.randomUUID());
        ProjectStaff.as(PROJECT_MANAGER).body(request(project, List.of(Map.of("skillId", skill.toString(), "minLevel", 3),
                Map.of("skillId", skill.toString(), "minLevel", 4)))).post(REQUESTS)
                .then().statusCode(400).body("errors[0].field", is("requiredSkills[1]"));
        Map<String, Object> badPriority = request(project, List.of());
        badPriority.put("priority", "ASAP");
        ProjectStaff.as(PROJECT_MANAGER).body(badPriority).post(REQUESTS).then().statusCode(400)
                .body("errors[0].field", is("priority"));
    }

    @Test
    void refusesUnknownProjectsAndSkills() {
        ProjectStaff.as(PROJECT_MANAGER).body(request(UUID.randomUUID(), List.of())).post(REQUESTS)
                .then().statusCode(422).body("type", endsWith("/unknown-project"));
        ProjectStaff.as(PROJECT_MANAGER).body(request(Fixtures.knownProject("CANCELLED"), List.of())).post(REQUESTS)
                .then().statusCode(422).body("type", endsWith("/project-ended"));
        ProjectStaff.as(PROJECT_MANAGER).body(request(Fixtures.knownProject("ACTIVE"),
                List.of(Map.of("skill", "Cobol " + UUID.randomUUID(), "minLevel", 2)))).post(REQUESTS)
                .then().statusCode(422).body("type", endsWith("/unknown-skill"), "detail", containsString("requiredSkills[0]"));
        ProjectStaff.as(PROJECT_MANAGER).body(request(Fixtures.knownProject("ACTIVE"),
                List.of(Map.of("skillId", UUID.randomUUID().toString(), "minLevel", 2)))).post(REQUESTS)
                .then().statusCode(422).body("type", endsWith("/unknown-skill"));
    }

    @Test
    void checksRolesAndAnswers404() {
        UUID project = Fixtures.knownProject("ACTIVE");
        Api.as(TEAM_MEMBER).body(request(project, List.of())).post(REQUESTS).then().statusCode(403);
        Api.anonymous().get(REQUESTS).then().statusCode(401);
        Api.as(ADMIN).get(REQUESTS + "/" + UUID.randomUUID()).then().statusCode(404).body("type", endsWith("/not-found"));
        Api.as(ADMIN).get(REQUESTS + "/" + UUID.randomUUID() + "/candidates").then().statusCode(404);
        ProjectStaff.as(DELIVERY_MANAGER).body(Map.of("personId", UUID.randomUUID().toString()))
                .post(REQUESTS + "/" + UUID.randomUUID() + "/fill").then().statusCode(404);
        String id = open(project, List.of());
        ProjectStaff.as(PROJECT_MANAGER).body(Map.of("personId", Fixtures.person(40).toString()))
                .post(REQUESTS + "/" + id + "/fill").then().statusCode(403);
    }

    @Test
    void listsRequestsByProjectAndStatus() {
        UUID project = Fixtures.knownProject("ACTIVE");
        open(project, List.of());
        String cancelled = open(project, List.of());
        ProjectStaff.as(PROJECT_MANAGER).post(REQUESTS + "/" + cancelled + "/cancel").then().statusCode(200);

        Api.as(TEAM_MEMBER).queryParam("projectId", project).get(REQUESTS).then().statusCode(200).body("total", is(2));
        Api.as(TEAM_MEMBER).queryParam("projectId", project).queryParam("status", "OPEN").get(REQUESTS)
                .then().body("total", is(1), "items[0].status", is("OPEN"));
        Api.as(TEAM_MEMBER).queryParam("status", "PENDING").get(REQUESTS)
                .then().statusCode(400).body("errors[0].field", is("status"));
    }

    @Test
    void cancelsAnOpenRequestOnce() {
        String id = open(Fixtures.knownProject("ACTIVE"), List.of());

        ProjectStaff.as(PROJECT_MANAGER).header("If-Match", "\"3\"").post(REQUESTS + "/" + id + "/cancel").then().statusCode(412);
        ProjectStaff.as(PROJECT_MANAGER).header("If-Match", "\"1\"").post(REQUESTS + "/" + id + "/cancel")
                .then().statusCode(200).header("ETag", "\"2\"").body("status", is("CANCELLED"));
        ProjectStaff.as(PROJECT_MANAGER).post(REQUESTS + "/" + id + "/cancel")
                .then().statusCode(409).body("type", endsWith("/request-not-open"));
        EventSchemas.assertValid(ResourceRequestEvents.CANCELLED,
                PublishedEvents.awaitSubject(id, ResourceRequestEvents.CANCELLED).value());
    }

    @Test
    void ranksCandidatesWithAnExplanation() {
        String kotlinName = "Kotlin " + UUID.randomUUID();
        UUID kotlin = Fixtures.skill(kotlinName);
        UUID project = Fixtures.knownProject("ACTIVE");
        UUID expert = Fixtures.person("Expert", 40, "Developer", "Engineering");
        Fixtures.masters(expert, kotlin, 5);
        UUID busyExpert = Fixtures.person("Busy expert", 40, "Developer", "Engineering");
        Fixtures.masters(busyExpert, kotlin, 4);
        hard(busyExpert, project, 30);
        UUID novice = Fixtures.person("Novice", 40, "Developer", "Engineering");
        Fixtures.masters(novice, kotlin, 1);
        String id = open(project, List.of(Map.of("skillId", kotlin.toString(), "minLevel", 4)));

        ProjectStaff.as(DELIVERY_LEAD).queryParam("limit", 2).get(REQUESTS + "/" + id + "/candidates")
                .then().statusCode(200)
                .body("requestId", is(id), "candidates", hasSize(2),
                        "candidates[0].personId", is(expert.toString()), "candidates[0].rank", is(1),
                        "candidates[0].score", is(1.0f), "candidates[0].matchedSkills[0].skill", is(kotlinName),
                        "candidates[0].matchedSkills[0].level", is(5), "candidates[0].missingSkills", empty(),
                        "candidates[0].weeks", hasSize(2), "candidates[0].weeks[0].week", is("2026-W10"),
                        "candidates[0].weeks[0].neededHours", is(20.0f), "candidates[0].weeks[0].freeHours", is(40.0f),
                        "candidates[0].conflictingWeeks", empty(),
                        // busy: 10 of 20 h free in each week; novice: skill fit 1/4 with all hours free.
                        "candidates[1].personId", is(busyExpert.toString()), "candidates[1].score", is(0.5f),
                        "candidates[1].conflictingWeeks", contains("2026-W10", "2026-W11"));
        ProjectStaff.as(DELIVERY_LEAD).get(REQUESTS + "/" + id + "/candidates")
                .then().body("candidates.personId", contains(expert.toString(), busyExpert.toString(), novice.toString()),
                        "candidates[2].missingSkills[0].level", is(1), "candidates[2].missingSkills[0].requiredLevel", is(4));
        ProjectStaff.as(DELIVERY_LEAD).queryParam("limit", 0).get(REQUESTS + "/" + id + "/candidates")
                .then().statusCode(400).body("errors[0].field", is("limit"));
        Api.as(TEAM_MEMBER).get(REQUESTS + "/" + id + "/candidates").then().statusCode(403);
    }

    @Test
    void countsABookingFromMidweekByItsWorkingDaysInThatWeek() {
        String goName = "Go " + UUID.randomUUID();
        UUID go = Fixtures.skill(goName);
        UUID project = Fixtures.knownProject("ACTIVE");
        UUID person = Fixtures.person("Midweek", 40, "Developer", "Engineering");
        Fixtures.masters(person, go, 5);
        // 30 h a week from Wednesday 4 March books 3/5 of it, 18 h, in week 10, then 30 h in week 11.
        ProjectStaff.as(DELIVERY_MANAGER).body(Map.of("personId", person.toString(), "projectId", project.toString(),
                "from", "2026-03-04", "to", "2026-03-13", "hoursPerWeek", 30, "booking", "HARD"))
                .post("/api/v1/allocations").then().statusCode(201);
        String id = open(project, List.of(Map.of("skillId", go.toString(), "minLevel", 4)));

        ProjectStaff.as(DELIVERY_LEAD).get(REQUESTS + "/" + id + "/candidates").then().statusCode(200)
                .body("candidates", hasSize(1), "candidates[0].personId", is(person.toString()),
                        "candidates[0].weeks.freeHours", contains(22.0f, 10.0f),
                        "candidates[0].conflictingWeeks", contains("2026-W11"), "candidates[0].score", is(0.75f));
    }

    @Test
    void fillingBooksThePersonAndClosesTheRequest() {
        UUID project = Fixtures.knownProject("ACTIVE");
        UUID person = Fixtures.person(40);
        String id = open(project, List.of());

        String allocation = ProjectStaff.as(DELIVERY_MANAGER).body(Map.of("personId", person.toString(), "booking", "HARD"))
                .post(REQUESTS + "/" + id + "/fill")
                .then().statusCode(200)
                .body("request.status", is("FILLED"), "request.version", is(2),
                        "allocation.personId", is(person.toString()), "allocation.projectId", is(project.toString()),
                        "allocation.booking", is("HARD"), "allocation.hoursPerWeek", is(20.0f),
                        "allocation.from", is("2026-03-02"), "allocation.to", is("2026-03-13"))
                .extract().path("allocation.id");
        Api.as(ADMIN).get(REQUESTS + "/" + id).then().body("filledAllocationId", is(allocation));

        ProjectStaff.as(DELIVERY_MANAGER).body(Map.of("personId", person.toString())).post(REQUESTS + "/" + id + "/fill")
                .then().statusCode(409).body("type", endsWith("/request-not-open"));
        EventSchemas.assertValid(ResourceRequestEvents.FILLED,
                PublishedEvents.awaitSubject(id, ResourceRequestEvents.FILLED).value());
    }

    @Test
    void aFillThatWouldOverbookChangesNothing() {
        UUID project = Fixtures.knownProject("ACTIVE");
        UUID person = Fixtures.person(40);
        hard(person, project, 30);
        String id = open(project, List.of());

        ProjectStaff.as(DELIVERY_MANAGER).body(Map.of("personId", person.toString())).post(REQUESTS + "/" + id + "/fill")
                .then().statusCode(409).body("type", endsWith("/overallocation"), "weeks", hasSize(2));
        ProjectStaff.as(DELIVERY_MANAGER).body(Map.of("personId", UUID.randomUUID().toString()))
                .post(REQUESTS + "/" + id + "/fill").then().statusCode(422).body("type", endsWith("/unknown-person"));
        Api.as(ADMIN).get(REQUESTS + "/" + id).then().body("status", is("OPEN"), "version", is(1));
        Api.as(ADMIN).queryParam("personId", person).get("/api/v1/allocations").then().body("total", is(1));

        ProjectStaff.as(DELIVERY_MANAGER).body(Map.of("personId", person.toString(), "allowOverallocation", true))
                .post(REQUESTS + "/" + id + "/fill")
                .then().statusCode(200).body("allocation.overallocated", is(true));
    }

    private static void hard(UUID person, UUID project, int hours) {
        ProjectStaff.as(DELIVERY_MANAGER).body(Map.of("personId", person.toString(), "projectId", project.toString(),
                "from", "2026-03-02", "to", "2026-03-13", "hoursPerWeek", hours, "booking", "HARD"))
                .post("/api/v1/allocations").then().statusCode(201);
    }

    static Map<String, Object> request(UUID project, List<Map<String, Object>> skills) {
        Map<String, Object> body = new HashMap<>();
        body.put("projectId", project.toString());
        body.put("role", "Backend developer");
        body.put("requiredSkills", skills);
        body.put("hoursPerWeek", 20);
        body.put("from", MONDAY.toString());
        body.put("to", MONDAY.plusDays(11).toString());
        return body;
    }

    static String open(UUID project, List<Map<String, Object>> skills) {
        return ProjectStaff.as(PROJECT_MANAGER).body(request(project, skills)).post(REQUESTS)
                .then().statusCode(201).extract().path("id");
    }
}
