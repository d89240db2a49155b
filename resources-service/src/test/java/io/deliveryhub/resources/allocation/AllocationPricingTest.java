package io.deliveryhub.resources.allocation;

import static io.deliveryhub.platform.security.Roles.*;
import static io.deliveryhub.resources.Fixtures.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.deliveryhub.resources.Fixtures;
import io.deliveryhub.resources.PublishedEvents;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.EventSchemas;
import io.deliveryhub.testkit.ProjectStaff;
import io.deliveryhub.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A placeholder allocation may be priced with a bill and a cost rate; a named one costs what its person costs. */
@QuarkusTest
class AllocationPricingTest {

    private static final String ALLOCATIONS = "/api/v1/allocations";

    @Test
    void aPlaceholderCarriesACostRateThatOnlyCostReadersSee() throws Exception {
        UUID project = Fixtures.knownProject();
        Map<String, Object> body = placeholder(project);
        String id = ProjectStaff.as(DELIVERY_MANAGER).body(body).post(ALLOCATIONS).then().statusCode(201)
                .body("costRate.amount", is("70.00"), "costRate.currency", is("EUR"), "billRate.amount", is("120.00"))
                .extract().path("id");
        Api.as(HEAD_OF_DELIVERY).queryParam("projectId", project.toString()).get(ALLOCATIONS).then()
                .body("items[0].costRate.amount", is("70.00"));

        ConsumerRecord<String, String> created = PublishedEvents.await(project.toString(), AllocationEvents.CREATED,
                p -> id.equals(p.at("/state/id").asText()));
        EventSchemas.assertValid(AllocationEvents.CREATED, created.value());
        JsonNode state = PublishedEvents.read(created.value()).get("state");
        assertThat(state.at("/costRate/amount").asText()).isEqualTo("70.00");
    }

    @Test
    void theProjectManagerOfTheProjectSeesItsCostRatesAndOtherProjectManagersDoNot() {
        UUID project = Fixtures.knownProject();
        String id = ProjectStaff.as(DELIVERY_MANAGER).body(placeholder(project)).post(ALLOCATIONS).then()
                .statusCode(201).extract().path("id");
        Supplier<RequestSpecification> otherProjectManager = () -> Api.withToken(TestTokens.person(UUID.randomUUID(),
                PROJECT_MANAGER));

        ProjectStaff.as(PROJECT_MANAGER).get(ALLOCATIONS + "/" + id).then().statusCode(200)
                .body("costRate.amount", is("70.00"), "costRate.currency", is("EUR"));
        ProjectStaff.as(PROJECT_MANAGER).queryParam("projectId", project.toString()).get(ALLOCATIONS).then()
                .statusCode(200).body("items[0].costRate.amount", is("70.00"));
        ProjectStaff.as(PROJECT_MANAGER).header("If-Match", "\"1\"").body(Map.of("hoursPerWeek", 16))
                .patch(ALLOCATIONS + "/" + id).then().statusCode(200).body("costRate.amount", is("70.00"));

        // everyone else gets the allocation with the field left out, not zeroed
        otherProjectManager.get().get(ALLOCATIONS + "/" + id).then().statusCode(200)
                .body("billRate.amount", is("120.00"), "$", not(hasKey("costRate")));
        otherProjectManager.get().queryParam("projectId", project.toString()).get(ALLOCATIONS).then()
                .statusCode(200).body("items[0].billRate.amount", is("120.00"), "items[0]", not(hasKey("costRate")));
        ProjectStaff.as(DELIVERY_LEAD).get(ALLOCATIONS + "/" + id).then().statusCode(200)
                .body("$", not(hasKey("costRate")));
        Api.as(TEAM_MEMBER).queryParam("projectId", project.toString()).get(ALLOCATIONS).then().statusCode(200)
                .body("items[0].billRate.amount", is("120.00"), "items[0]", not(hasKey("costRate")));
        Api.as(ADMIN).get(ALLOCATIONS + "/" + id).then().body("costRate.amount", is("70.00"), "version", is(2));
    }

    @Test
    void aListShowsAProjectManagerTheCostRatesOfTheirOwnProjectsOnly() {
        UUID own = Fixtures.knownProject();
        UUID others = Fixtures.knownProjectNaming(UUID.randomUUID(), ProjectStaff.DELIVERY_MANAGER_ID, null);
        ProjectStaff.as(DELIVERY_MANAGER).body(placeholder(own)).post(ALLOCATIONS).then().statusCode(201);
        ProjectStaff.as(DELIVERY_MANAGER).body(placeholder(others)).post(ALLOCATIONS).then().statusCode(201);

        ProjectStaff.as(PROJECT_MANAGER).queryParam("projectId", own.toString()).get(ALLOCATIONS).then()
                .statusCode(200).body("items", hasSize(1), "items[0].costRate.amount", is("70.00"));
        ProjectStaff.as(PROJECT_MANAGER).queryParam("projectId", others.toString()).get(ALLOCATIONS).then()
                .statusCode(200).body("items", hasSize(1), "items[0]", not(hasKey("costRate")));
    }

    @Test
    void aNamedAllocationTakesNoCostRate() {
        Map<String, Object> body = AllocationResourceTest.booking(Fixtures.person(40), Fixtures.knownProject(), MONDAY,
                MONDAY.plusDays(4), 8, "HARD");
        body.put("costRate", Fixtures.money("70.00"));
        ProjectStaff.as(DELIVERY_MANAGER).body(body).post(ALLOCATIONS).then().statusCode(422)
                .body("type", endsWith("/rates-only-on-placeholders"));
        body.remove("costRate");
        body.put("billRate", Fixtures.money("150.00"));
        ProjectStaff.as(DELIVERY_MANAGER).body(body).post(ALLOCATIONS).then().statusCode(201)
                .body("billRate.amount", is("150.00"));
    }

    @Test
    void ratesInAnotherCurrencyNeedAnExchangeRateInForceWhenTheAllocationStarts() {
        String currency = Fixtures.newCurrency();
        Map<String, Object> body = placeholder(Fixtures.knownProject());
        body.put("costRate", Fixtures.money("70.00", currency));
        ProjectStaff.as(DELIVERY_MANAGER).body(body).post(ALLOCATIONS).then().statusCode(422)
                .body("type", endsWith("/exchange-rate-missing"), "currency", is(currency), "date", is(MONDAY.toString()));
        Fixtures.exchangeRate(currency, MONDAY.toString(), "1.1000000000");
        ProjectStaff.as(DELIVERY_MANAGER).body(body).post(ALLOCATIONS).then().statusCode(201)
                .body("costRate.currency", is(currency));
    }

    @Test
    void refusesHostileRates() {
        UUID project = Fixtures.knownProject();
        for (String amount : List.of("-1.00", "0.00000000001", "1e30", "free")) {
            Map<String, Object> body = placeholder(project);
            body.put("costRate", Fixtures.money(amount));
            ProjectStaff.as(DELIVERY_MANAGER).body(body).post(ALLOCATIONS).then().statusCode(400)
                    .body("errors[0].field", is("costRate.amount"));
        }
        Map<String, Object> body = placeholder(project);
        body.put("costRate", Map.of("amount", "1.00", "currency", "eur"));
        ProjectStaff.as(DELIVERY_MANAGER).body(body).post(ALLOCATIONS).then().statusCode(400)
                .body("errors[0].field", is("costRate.currency"));
        body.put("costRate", Fixtures.money("0.00"));
        ProjectStaff.as(DELIVERY_MANAGER).body(body).post(ALLOCATIONS).then().statusCode(201)
                .body("costRate.amount", is("0.00"));
    }

    private static Map<String, Object> placeholder(UUID project) {
        Map<String, Object> body = AllocationResourceTest.booking(null, project, MONDAY, MONDAY.plusDays(25), 20, "SOFT");
        body.put("placeholderRole", "Senior Java developer " + UUID.randomUUID());
        body.put("billRate", Fixtures.money("120.00"));
        body.put("costRate", Fixtures.money("70.00"));
        return body;
    }
}
