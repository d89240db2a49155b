package io.deliveryhub.projects.ratecard;

import static io.deliveryhub.platform.security.Roles.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deliveryhub.projects.Fixtures;
import io.deliveryhub.projects.PublishedEvents;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.ProjectStaff;
import io.deliveryhub.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProjectRateResourceTest {

    private static final String CARD = "/api/v1/projects/{idOrKey}/rate-card";
    private static final String ENTRY = "/api/v1/projects/{idOrKey}/rate-card/{entryId}";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aDeliveryManagerSetsListsAndRemovesTheirProjectsRates() throws Exception {
        String projectId = Fixtures.newProject();
        String person = UUID.randomUUID().toString();
        String location = ProjectStaff.as(DELIVERY_MANAGER).body(entry(person, "2026-03-01", "110.00"))
                .post(CARD, projectId).then().statusCode(201).header("ETag", "\"1\"")
                .body("projectId", is(projectId), "personId", is(person), "effectiveFrom", is("2026-03-01"),
                        "billRate.amount", is("110.00"), "billRate.currency", is("EUR"), "version", is(1),
                        "createdBy", not(emptyString()))
                .extract().header("Location");
        String entryId = location.substring(location.lastIndexOf('/') + 1);
        Api.as(HEAD_OF_DELIVERY).body(entry(person, "2026-06-01", "120.5")).post(CARD, projectId)
                .then().statusCode(201).body("billRate.amount", is("120.50"));
        ProjectStaff.as(DELIVERY_MANAGER).get(CARD, projectId).then().statusCode(200)
                .body("total", is(2), "items.effectiveFrom", contains("2026-03-01", "2026-06-01"));

        ProjectStaff.as(DELIVERY_MANAGER).delete(ENTRY, projectId, entryId).then().statusCode(204);
        Api.as(ADMIN).get(CARD, projectId).then().body("total", is(1), "items[0].effectiveFrom", is("2026-06-01"));
        ProjectStaff.as(DELIVERY_MANAGER).delete(ENTRY, projectId, entryId).then().statusCode(404);

        ConsumerRecord<String, String> set = PublishedEvents.await(entryId, ProjectRateService.SET);
        ConsumerRecord<String, String> removed = PublishedEvents.await(entryId, ProjectRateService.REMOVED);
        assertThat(set.key()).isEqualTo(projectId);
        assertThat(removed.key()).isEqualTo(projectId);
        JsonNode gone = JSON.readTree(removed.value());
        assertThat(gone.get("version").asLong()).isEqualTo(2);
        assertThat(gone.at("/state/personId").asText()).isEqualTo(person);
        assertThat(gone.at("/state/billRate/amount").asText()).isEqualTo("110.00");
        Api.as(TEAM_MEMBER).get("/api/v1/projects/{p}/history", projectId).then().statusCode(200)
                .body("items.type", hasItems(ProjectRateService.SET, ProjectRateService.REMOVED));
    }

    @Test
    void onlyTheProjectsManagementWritesItsRateCard() {
        String projectId = Fixtures.newProject();
        String person = UUID.randomUUID().toString();
        Api.as(DELIVERY_MANAGER).body(entry(person, "2026-03-01", "110.00")).post(CARD, projectId)
                .then().statusCode(403).body("type", endsWith("/not-your-project"));
        for (String role : List.of(PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER)) {
            ProjectStaff.as(role).body(entry(person, "2026-03-01", "110.00")).post(CARD, projectId)
                    .then().statusCode(403).body("type", endsWith("/forbidden"));
        }
        String entryId = Api.as(ADMIN).body(entry(person, "2026-03-01", "110.00")).post(CARD, projectId)
                .then().statusCode(201).extract().path("id");
        Api.as(DELIVERY_MANAGER).delete(ENTRY, projectId, entryId).then().statusCode(403)
                .body("type", endsWith("/not-your-project"));
        ProjectStaff.as(PROJECT_MANAGER).delete(ENTRY, projectId, entryId).then().statusCode(403)
                .body("type", endsWith("/forbidden"));
        Api.withToken(TestTokens.integration("crm", INTEGRATION_CRM)).body(entry(person, "2026-04-01", "1.00"))
                .post(CARD, projectId).then().statusCode(403);
    }

    @Test
    void ratesAreReadByDeliveryManagementAndTheProjectsOwnProjectManager() {
        String projectId = Fixtures.newProject();
        Api.as(ADMIN).body(entry(UUID.randomUUID().toString(), "2026-03-01", "110.00")).post(CARD, projectId)
                .then().statusCode(201);
        ProjectStaff.as(PROJECT_MANAGER).get(CARD, projectId).then().statusCode(200).body("total", is(1));
        Api.as(DELIVERY_MANAGER).get(CARD, projectId).then().statusCode(200).body("total", is(1));
        Api.as(HEAD_OF_DELIVERY).get(CARD, projectId).then().statusCode(200);
        Api.as(PROJECT_MANAGER).get(CARD, projectId).then().statusCode(403).body("type", endsWith("/not-your-project"));
        // being the project's delivery lead is no licence to see its rates
        Api.withToken(TestTokens.person(ProjectStaff.DELIVERY_LEAD_ID, PROJECT_MANAGER)).get(CARD, projectId)
                .then().statusCode(403);
        for (String role : List.of(DELIVERY_LEAD, TEAM_MEMBER)) {
            ProjectStaff.as(role).get(CARD, projectId).then().statusCode(403).body("type", endsWith("/forbidden"));
        }
    }

    @Test
    void answers404ForAnUnknownProjectOrEntryOrAnEntryOfAnotherProject() {
        String projectId = Fixtures.newProject();
        String other = Fixtures.newProject();
        String otherEntry = Api.as(ADMIN).body(entry(UUID.randomUUID().toString(), "2026-03-01", "90.00"))
                .post(CARD, other).then().statusCode(201).extract().path("id");
        Api.as(ADMIN).body(entry(UUID.randomUUID().toString(), "2026-03-01", "90.00")).post(CARD, "NO-SUCH-PROJECT")
                .then().statusCode(404).body("type", endsWith("/not-found"));
        Api.as(ADMIN).get(CARD, UUID.randomUUID()).then().statusCode(404);
        Api.as(ADMIN).delete(ENTRY, projectId, UUID.randomUUID()).then().statusCode(404);
        Api.as(ADMIN).delete(ENTRY, projectId, otherEntry).then().statusCode(404);
        Api.as(ADMIN).delete(ENTRY, projectId, "not-a-uuid").then().statusCode(400)
                .body("errors[0].field", is("entryId"));
        Api.as(ADMIN).get(CARD, other).then().body("total", is(1));
    }

    @Test
    void refusesASecondRateForThePersonOnTheSameDay() {
        String projectId = Fixtures.newProject();
        String person = UUID.randomUUID().toString();
        Api.as(ADMIN).body(entry(person, "2026-03-01", "110.00")).post(CARD, projectId).then().statusCode(201);
        Api.as(ADMIN).body(entry(person, "2026-03-01", "115.00")).post(CARD, projectId).then().statusCode(409)
                .body("type", endsWith("/duplicate-rate"), "detail", containsString("remove that entry first"));
        Api.as(ADMIN).body(entry(UUID.randomUUID().toString(), "2026-03-01", "115.00")).post(CARD, projectId)
                .then().statusCode(201);
    }

    @Test
    void theBillRateIsInTheProjectsCurrencyWithARateInForce() {
        String projectId = Fixtures.newProject();
        Map<String, Object> dollars = entry(UUID.randomUUID().toString(), "2026-03-01", "110.00");
        dollars.put("billRate", Map.of("amount", "110.00", "currency", "USD"));
        Api.as(ADMIN).body(dollars).post(CARD, projectId).then().statusCode(422)
                .body("type", endsWith("/currency-mismatch"), "detail", is("billRate is in USD but must be in EUR"));

        String currency = Fixtures.newCurrency();
        Fixtures.exchangeRate(currency, "2026-03-02", "0.9");
        Map<String, Object> project = new HashMap<>(Fixtures.project(Fixtures.newKey(), Fixtures.newClient()));
        project.put("currency", currency);
        project.remove("budget");
        String foreign = Api.as(ADMIN).body(project).post("/api/v1/projects").then().statusCode(201).extract().path("id");
        Map<String, Object> early = entry(UUID.randomUUID().toString(), "2026-03-01", "100.00");
        early.put("billRate", Map.of("amount", "100.00", "currency", currency));
        Api.as(ADMIN).body(early).post(CARD, foreign).then().statusCode(422)
                .body("type", endsWith("/exchange-rate-missing"), "currency", is(currency), "date", is("2026-03-01"));
        early.put("effectiveFrom", "2026-03-02");
        Api.as(ADMIN).body(early).post(CARD, foreign).then().statusCode(201).body("billRate.currency", is(currency));
    }

    @Test
    void refusesHostileEntries() {
        String projectId = Fixtures.newProject();
        String person = UUID.randomUUID().toString();
        Map<String, String> fields = Map.of("-1.00", "billRate.amount", "0.00000000001", "billRate.amount",
                "1e30", "billRate.amount", "ten", "billRate.amount");
        fields.forEach((amount, field) -> Api.as(ADMIN).body(entry(person, "2026-03-01", amount)).post(CARD, projectId)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", is(field)));
        Map<String, Object> badCurrency = entry(person, "2026-03-01", "10.00");
        badCurrency.put("billRate", Map.of("amount", "10.00", "currency", "eur"));
        Api.as(ADMIN).body(badCurrency).post(CARD, projectId).then().statusCode(400)
                .body("errors[0].field", is("billRate.currency"));
        Map<String, Object> noPerson = entry(person, "2026-03-01", "10.00");
        noPerson.remove("personId");
        Api.as(ADMIN).body(noPerson).post(CARD, projectId).then().statusCode(400).body("errors[0].field", is("personId"));
        Api.as(ADMIN).body(entry("someone", "2026-03-01", "10.00")).post(CARD, projectId).then().statusCode(400)
                .body("errors[0].field", is("personId"));
        Api.as(ADMIN).body(entry(person, "+10000-01-01", "10.00")).post(CARD, projectId).then().statusCode(400)
                .body("errors[0].field", is("effectiveFrom"));
        Api.as(ADMIN).post(CARD, projectId).then().statusCode(400).contentType("application/problem+json");
        Api.as(ADMIN).body(entry(person, "9999-12-31", "0.00")).post(CARD, projectId).then().statusCode(201);
        // zero is a rate (free hours), not an absence of one; the far date is kept as given
        Api.as(ADMIN).get(CARD, projectId).then().body("total", is(1), "items[0].billRate.amount", is("0.00"));
    }

    @Test
    void aClosedProjectsRateCardIsHistory() {
        String projectId = Fixtures.newProject();
        Api.as(HEAD_OF_DELIVERY).body(Map.of("to", "CANCELLED", "reason", "Lost")).post("/api/v1/projects/{p}/transitions",
                projectId).then().statusCode(200);
        Api.as(ADMIN).body(entry(UUID.randomUUID().toString(), "2026-03-01", "10.00")).post(CARD, projectId)
                .then().statusCode(409).body("type", endsWith("/project-ended"), "projectStatus", is("CANCELLED"));
    }

    private static Map<String, Object> entry(String personId, String effectiveFrom, String amount) {
        Map<String, Object> body = new HashMap<>();
        body.put("personId", personId);
        body.put("effectiveFrom", effectiveFrom);
        body.put("billRate", Map.of("amount", amount, "currency", "EUR"));
        return body;
    }
}
