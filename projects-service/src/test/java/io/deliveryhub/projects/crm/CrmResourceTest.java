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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CrmResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String URL = "/api/v1/integrations/crm/opportunities";

    private static RequestSpecification crm() {
        return Api.withToken(TestTokens.integration("salesforce-sync", INTEGRATION_CRM));
    }

    private static Map<String, Object> opportunity(String opportunityId, String accountId, String stage) {
        Map<String, Object> body = new HashMap<>(Map.of("opportunityId", opportunityId, "accountId", accountId,
                "accountName", "Account " + accountId, "name", "Deal " + opportunityId.substring(4, 12),
                "amount", "120000.00", "currency", "EUR", "stage", stage, "probability", 0.4,
                "expectedStart", "2026-05-04", "expectedEnd", "2026-11-27"));
        return body;
    }

    private static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    @Test
    void importsAnOpportunityAsAClientAndAProposedProject() throws Exception {
        String opp = newId("opp");
        String account = newId("acc");
        Map<String, Object> answer = crm().body(opportunity(opp, account, "Qualification")).post(URL)
                .then().statusCode(200)
                .body("opportunityId", is(opp), "status", is("PROPOSED"), "projectKey", startsWith("DEAL-"))
                .extract().as(Map.class);
        String projectId = (String) answer.get("projectId");
        String clientId = (String) answer.get("clientId");

        Api.as(ADMIN).get("/api/v1/projects/{id}", projectId).then()
                .body("status", is("PROPOSED"), "clientId", is(clientId), "probability", is(0.4f),
                        "budget.amount", is("120000.00"), "plannedStart", is("2026-05-04"), "plannedEnd", is("2026-11-27"),
                        "opportunity.system", is("crm"), "opportunity.id", is(opp), "key", is(answer.get("projectKey")));
        Api.as(ADMIN).get("/api/v1/clients/{id}", clientId).then()
                .body("name", is("Account " + account), "externalRefs[0].system", is("crm"), "externalRefs[0].id", is(account));

        JsonNode created = JSON.readTree(PublishedEvents.await(projectId, "deliveryhub.project.created.v1").value());
        assertThat(created.get("actor").asText()).isEqualTo("salesforce-sync");
        assertThat(created.at("/state/opportunity/id").asText()).isEqualTo(opp);
        PublishedEvents.await(clientId, "deliveryhub.client.created.v1");
    }

    @Test
    void aReplayedMessageHasNoEffectAndGetsTheSameAnswer() {
        String opp = newId("opp");
        Map<String, Object> message = opportunity(opp, newId("acc"), "Proposal");
        String first = crm().body(message).post(URL).then().statusCode(200).extract().asString();
        String projectId = crm().body(message).post(URL).then().statusCode(200).extract().path("projectId");
        String again = crm().body(message).post(URL).then().statusCode(200).extract().asString();

        assertThat(again).isEqualTo(first);
        Api.as(ADMIN).get("/api/v1/projects/{id}", projectId).then().body("version", is(1));
        Api.as(ADMIN).get("/api/v1/projects/{id}/history", projectId).then().body("total", is(1));
    }

    @Test
    void laterStagesUpdateTheForecastAndAWinMovesItToPlanning() throws Exception {
        String opp = newId("opp");
        String account = newId("acc");
        String projectId = crm().body(opportunity(opp, account, "Qualification")).post(URL).then().statusCode(200)
                .extract().path("projectId");

        Map<String, Object> negotiation = opportunity(opp, account, "Negotiation");
        negotiation.put("probability", 0.8);
        negotiation.put("amount", "130000.00");
        crm().body(negotiation).post(URL).then().statusCode(200).body("status", is("PROPOSED"));
        Api.as(ADMIN).get("/api/v1/projects/{id}", projectId).then()
                .body("probability", is(0.8f), "budget.amount", is("130000.00"), "version", is(2));

        Map<String, Object> won = opportunity(opp, account, "Closed Won");
        won.put("probability", 1);
        won.put("amount", "130000.00");
        crm().body(won).post(URL).then().statusCode(200).body("status", is("PLANNING"), "projectId", is(projectId));

        JsonNode changed = JSON.readTree(PublishedEvents.await(projectId, "deliveryhub.project.status-changed.v1").value());
        assertThat(changed.at("/changes/status/to").asText()).isEqualTo("PLANNING");
        assertThat(changed.get("reason").asText()).contains(opp, "Closed Won");
        assertThat(changed.get("actor").asText()).isEqualTo("salesforce-sync");

        Map<String, Object> afterWin = opportunity(opp, account, "Closed Won");
        afterWin.put("amount", "1.00");
        crm().body(afterWin).post(URL).then().statusCode(200).body("status", is("PLANNING"));
        Api.as(ADMIN).get("/api/v1/projects/{id}", projectId).then().body("budget.amount", is("130000.00"));
    }

    @Test
    void aLostDealCancelsTheProject() {
        String opp = newId("opp");
        String account = newId("acc");
        crm().body(opportunity(opp, account, "Proposal")).post(URL).then().statusCode(200);
        String projectId = crm().body(opportunity(opp, account, "CLOSED_LOST")).post(URL).then().statusCode(200)
                .body("status", is("CANCELLED")).extract().path("projectId");
        Api.as(ADMIN).get("/api/v1/projects/{id}/history", projectId).then()
                .body("items[0].type", is("deliveryhub.project.status-changed.v1"),
                        "items[0].changes.status.to", is("CANCELLED"), "items[0].actor", is("salesforce-sync"));
    }

    @Test
    void anotherOpportunityOfTheSameAccountReusesTheClientAndNumbersTheKey() {
        String account = newId("acc");
        String opp = newId("opp");
        Map<String, Object> first = opportunity(opp, account, "Proposal");
        Map<String, Object> second = opportunity(newId("opp"), account, "Proposal");
        second.put("name", first.get("name"));
        Map<String, Object> a = crm().body(first).post(URL).then().statusCode(200).extract().as(Map.class);
        Map<String, Object> b = crm().body(second).post(URL).then().statusCode(200).extract().as(Map.class);

        assertThat(b.get("clientId")).isEqualTo(a.get("clientId"));
        assertThat(b.get("projectId")).isNotEqualTo(a.get("projectId"));
        assertThat(b.get("projectKey")).isEqualTo(a.get("projectKey") + "-2");
    }

    @Test
    void concurrentDeliveriesOfOneMessageMakeOneProject() {
        Map<String, Object> message = opportunity(newId("opp"), newId("acc"), "Proposal");
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            List<String> answers = IntStream.range(0, 5)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> crm().body(message).post(URL)
                            .then().statusCode(200).extract().asString(), pool))
                    .toList().stream().map(CompletableFuture::join).toList();
            assertThat(answers).containsOnly(answers.get(0));
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void refusesBadMessages() {
        Map<String, Object> noName = opportunity(newId("opp"), newId("acc"), "Proposal");
        noName.remove("name");
        crm().body(noName).post(URL).then().statusCode(400).body("errors[0].field", is("name"));

        // a deal in a currency without an exchange rate ("XTS" is ISO's code for tests, no test sets a rate for it)
        Map<String, Object> unconvertible = opportunity(newId("opp"), newId("acc"), "Proposal");
        unconvertible.put("currency", "XTS");
        crm().body(unconvertible).post(URL).then().statusCode(422).body("type", endsWith("/exchange-rate-missing"),
                "currency", is("XTS"), "date", is("2026-05-04"));

        Map<String, Object> noCurrency = opportunity(newId("opp"), newId("acc"), "Proposal");
        noCurrency.remove("currency");
        crm().body(noCurrency).post(URL).then().statusCode(400).body("errors[0].field", is("currency"));

        Map<String, Object> percent = opportunity(newId("opp"), newId("acc"), "Proposal");
        percent.put("probability", 60);
        crm().body(percent).post(URL).then().statusCode(400).body("errors[0].field", is("probability"));

        Map<String, Object> backwards = opportunity(newId("opp"), newId("acc"), "Proposal");
        backwards.put("expectedEnd", "2026-01-01");
        crm().body(backwards).post(URL).then().statusCode(400).body("errors[0].field", is("expectedEnd"));

        Map<String, Object> badDate = opportunity(newId("opp"), newId("acc"), "Proposal");
        badDate.put("expectedStart", "next spring");
        crm().body(badDate).post(URL).then().statusCode(400).body("errors[0].field", is("expectedStart"));
    }

    @Test
    void isOnlyForTheCrmIntegrationAndAdmins() {
        Map<String, Object> message = opportunity(newId("opp"), newId("acc"), "Proposal");
        Api.as(DELIVERY_MANAGER).body(message).post(URL).then().statusCode(403);
        Api.as(INTEGRATION_PIPELINES).body(message).post(URL).then().statusCode(403);
        Api.anonymous().body(message).post(URL).then().statusCode(401);
        Api.as(ADMIN).body(message).post(URL).then().statusCode(200);
    }
}
