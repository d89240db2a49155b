package io.deliveryhub.projects.crm;

import static io.deliveryhub.platform.security.Roles.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deliveryhub.projects.PublishedEvents;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CrmDemandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String URL = "/api/v1/integrations/crm/opportunities";

    @Test
    void keepsTheOpportunitysDemandOnTheProposedProjectAndPublishesIt() throws Exception {
        String opp = "opp-" + UUID.randomUUID();
        Map<String, Object> message = opportunity(opp, "Proposal", List.of(
                line("L1", "Backend developer", List.of(Map.of("skill", " Java ", "minLevel", 4)), 32),
                line("L2", null, List.of(Map.of("skill", "UX design", "minLevel", 3)), 16.5)));
        String projectId = crm().body(message).post(URL).then().statusCode(200).extract().path("projectId");

        Api.as(TEAM_MEMBER).get("/api/v1/projects/{id}", projectId).then().statusCode(200)
                .body("demand", hasSize(2), "demand[0].id", is("L1"), "demand[0].role", is("Backend developer"),
                        "demand[0].skills[0].skill", is("Java"), "demand[0].skills[0].minLevel", is(4),
                        "demand[0].hoursPerWeek", is(32.0f), "demand[0].from", is("2026-05-04"),
                        "demand[0].to", is("2026-07-31"), "demand[1].role", nullValue(),
                        "demand[1].hoursPerWeek", is(16.5f));
        String read = Api.as(TEAM_MEMBER).get("/api/v1/projects/{id}", projectId).then().extract().asString();
        String listed = Api.as(TEAM_MEMBER).queryParam("q", "Deal " + opp.substring(4, 12)).get("/api/v1/projects")
                .then().statusCode(200).body("total", is(1)).extract().asString();
        assertThat(listed).contains(read);
        JsonNode created = JSON.readTree(PublishedEvents.await(projectId, "deliveryhub.project.created.v1").value());
        assertThat(created.at("/state/demand/0/id").asText()).isEqualTo("L1");
        assertThat(created.at("/state/demand/1/skills/0/skill").asText()).isEqualTo("UX design");
    }

    @Test
    void aChangedDemandIsAnUpdateAndAnAbsentOneLeavesItAsItWas() throws Exception {
        String opp = "opp-" + UUID.randomUUID();
        String projectId = crm().body(opportunity(opp, "Qualification", List.of(line("L1", "Tester", List.of(), 20))))
                .post(URL).then().statusCode(200).extract().path("projectId");

        crm().body(opportunity(opp, "Negotiation", List.of(line("L1", "Tester", List.of(), 24),
                line("L2", "Architect", List.of(), 8)))).post(URL).then().statusCode(200);
        JsonNode updated = JSON.readTree(PublishedEvents.await(projectId, "deliveryhub.project.updated.v1").value());
        assertThat(updated.at("/changes/demand/from/0/hoursPerWeek").decimalValue()).isEqualByComparingTo("20");
        assertThat(updated.at("/state/demand/1/role").asText()).isEqualTo("Architect");

        Map<String, Object> silent = opportunity(opp, "Negotiation", null);
        silent.remove("demand");
        silent.put("probability", 0.7);
        crm().body(silent).post(URL).then().statusCode(200);
        Api.as(ADMIN).get("/api/v1/projects/{id}", projectId).then()
                .body("probability", is(0.7f), "demand", hasSize(2), "version", is(3));

        crm().body(opportunity(opp, "Negotiation", List.of())).post(URL).then().statusCode(200);
        Api.as(ADMIN).get("/api/v1/projects/{id}", projectId).then().body("demand", empty(), "version", is(4));
    }

    @Test
    void onceWonTheDemandBelongsToDeliveryAndLaterMessagesLeaveIt() {
        String opp = "opp-" + UUID.randomUUID();
        String projectId = crm().body(opportunity(opp, "Negotiation", List.of(line("L1", "Tester", List.of(), 20))))
                .post(URL).then().statusCode(200).extract().path("projectId");
        crm().body(opportunity(opp, "Closed Won", List.of(line("L1", "Tester", List.of(), 20)))).post(URL)
                .then().statusCode(200).body("status", is("PLANNING"));

        crm().body(opportunity(opp, "Closed Won", List.of(line("L9", "Anyone", List.of(), 40)))).post(URL)
                .then().statusCode(200);
        Api.as(ADMIN).get("/api/v1/projects/{id}", projectId).then()
                .body("status", is("PLANNING"), "demand", hasSize(1), "demand[0].id", is("L1"));
    }

    @Test
    void refusesHostileDemandListingEveryBadLineAndWritesNothing() {
        String opp = "opp-" + UUID.randomUUID();
        Map<String, Object> backwards = line("L3", "Tester", List.of(), 8);
        backwards.put("from", "2026-06-01");
        backwards.put("to", "2026-05-01");
        List<Object> lines = new ArrayList<>(List.of(
                line("L1", "Tester", List.of(), 0),
                line("L1", "Tester", List.of(), 61),
                backwards,
                line("L4", null, List.of(), 8),
                line("L5", "Tester", List.of(Map.of("skill", "Java", "minLevel", 9), Map.of("skill", "java", "minLevel", 2)), 8),
                line("", "Tester", List.of(), 8.125)));
        lines.add(null);

        crm().body(opportunity(opp, "Proposal", lines)).post(URL).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("invalid-demand"), "errors.field", containsInAnyOrder(
                        "demand[0].hoursPerWeek", "demand[1].id", "demand[1].hoursPerWeek", "demand[2].to",
                        "demand[3]", "demand[4].skills[0].minLevel", "demand[4].skills[1].skill", "demand[5].id",
                        "demand[5].hoursPerWeek", "demand[6]"));

        List<Object> tooMany = IntStream.range(0, DemandCheck.MAX_LINES + 1)
                .<Object> mapToObj(i -> line("L" + i, "Tester", List.of(), 8)).toList();
        crm().body(opportunity(opp, "Proposal", tooMany)).post(URL).then().statusCode(422)
                .body("errors[0].field", is("demand"));

        Api.as(ADMIN).queryParam("q", "Deal " + opp.substring(4, 12)).get("/api/v1/projects")
                .then().statusCode(200).body("total", is(0));
    }

    @Test
    void refusesDemandOfTheWrongShapeAsABadRequest() {
        Map<String, Object> message = opportunity("opp-" + UUID.randomUUID(), "Proposal", List.of(
                Map.of("id", "L1", "role", "Tester", "hoursPerWeek", "many", "from", "2026-05-04", "to", "2026-07-31")));
        crm().body(message).post(URL).then().statusCode(400).contentType("application/problem+json");
    }

    private static RequestSpecification crm() {
        return Api.withToken(TestTokens.integration("salesforce-sync", INTEGRATION_CRM));
    }

    private static Map<String, Object> opportunity(String opportunityId, String stage, List<?> demand) {
        Map<String, Object> body = new HashMap<>(Map.of("opportunityId", opportunityId, "accountId", "acc-" + opportunityId,
                "accountName", "Account " + opportunityId, "name", "Deal " + opportunityId.substring(4, 12),
                "amount", "90000.00", "currency", "EUR", "stage", stage, "probability", 0.5,
                "expectedStart", "2026-05-04", "expectedEnd", "2026-11-27"));
        body.put("demand", demand);
        return body;
    }

    private static Map<String, Object> line(String id, String role, List<Map<String, Object>> skills, Number hours) {
        Map<String, Object> line = new HashMap<>(Map.of("id", id, "skills", skills, "hoursPerWeek", hours,
                "from", "2026-05-04", "to", "2026-07-31"));
        line.put("role", role);
        return line;
    }
}
