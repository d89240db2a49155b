package io.deliveryhub.projects.project;

import static io.deliveryhub.platform.security.Roles.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.deliveryhub.projects.Fixtures;
import io.deliveryhub.projects.ProjectParts;
import io.deliveryhub.projects.PublishedEvents;
import io.deliveryhub.testkit.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A project accounts in one currency; amounts in another than the base need an exchange rate in force. */
@QuarkusTest
class ProjectCurrencyTest {

    private static final String PROJECTS = "/api/v1/projects";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aProjectAccountsInTheBaseCurrencyUnlessToldOtherwise() throws Exception {
        String id = Fixtures.newProject();
        Api.as(TEAM_MEMBER).get(PROJECTS + "/{id}", id).then().statusCode(200).body("currency", is("EUR"));
        String created = PublishedEvents.await(id, ProjectService.PROJECT_CREATED).value();
        assertThat(JSON.readTree(created).at("/state/currency").asText()).isEqualTo("EUR");
    }

    @Test
    void aProjectInAnotherCurrencyNeedsARateInForceOnItsPlannedStart() throws Exception {
        String currency = Fixtures.newCurrency();
        Map<String, Object> body = project(currency, "120000.00");
        Api.as(ADMIN).body(body).post(PROJECTS).then().statusCode(422).contentType("application/problem+json")
                .body("type", endsWith("/exchange-rate-missing"), "currency", is(currency), "date", is("2026-03-02"),
                        "detail", containsString("budget"));
        Fixtures.exchangeRate(currency, "2026-03-03", "0.9");
        Api.as(ADMIN).body(body).post(PROJECTS).then().statusCode(422).body("date", is("2026-03-02"));
        Fixtures.exchangeRate(currency, "2026-03-02", "0.9");
        String id = Api.as(ADMIN).body(body).post(PROJECTS).then().statusCode(201)
                .body("currency", is(currency), "budget.currency", is(currency), "budget.amount", is("120000.00"))
                .extract().path("id");
        String created = PublishedEvents.await(id, ProjectService.PROJECT_CREATED).value();
        assertThat(JSON.readTree(created).at("/state/currency").asText()).isEqualTo(currency);
        // moving the start before the first rate is refused as well
        Api.as(ADMIN).header("If-Match", "\"1\"").body(Map.of("plannedStart", "2026-03-01")).patch(PROJECTS + "/{id}", id)
                .then().statusCode(422).body("type", endsWith("/exchange-rate-missing"), "date", is("2026-03-01"));
    }

    @Test
    void withoutAPlannedStartTheRateMustBeInForceToday() {
        String currency = Fixtures.newCurrency();
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        Fixtures.exchangeRate(currency, tomorrow, "1.2");
        Map<String, Object> body = project(currency, "5000.00");
        body.remove("plannedStart");
        body.remove("plannedEnd");
        Api.as(ADMIN).body(body).post(PROJECTS).then().statusCode(422)
                .body("type", endsWith("/exchange-rate-missing"), "date", is(LocalDate.now(ZoneOffset.UTC).toString()));
        body.remove("budget");
        Api.as(ADMIN).body(body).post(PROJECTS).then().statusCode(201).body("currency", is(currency), "budget", nullValue());
    }

    @Test
    void theBudgetIsInTheProjectsCurrency() {
        String currency = Fixtures.newCurrency();
        Fixtures.exchangeRate(currency, "2026-01-01", "0.9");
        Map<String, Object> body = project(currency, "1000.00");
        body.put("budget", Map.of("amount", "1000.00", "currency", "EUR"));
        Api.as(ADMIN).body(body).post(PROJECTS).then().statusCode(422)
                .body("type", endsWith("/currency-mismatch"), "detail", is("budget is in EUR but must be in " + currency));
        for (String bad : new String[] { "usd", "US", "EURO", "€" }) {
            body.put("currency", bad);
            Api.as(ADMIN).body(body).post(PROJECTS).then().statusCode(400).body("errors[0].field", is("currency"));
        }
    }

    @Test
    void aMilestonesBillingAmountIsInTheProjectsCurrencyWithARateOnItsDueDate() {
        String currency = Fixtures.newCurrency();
        Fixtures.exchangeRate(currency, "2026-03-02", "0.9");
        String id = Api.as(ADMIN).body(project(currency, "90000.00")).post(PROJECTS).then().statusCode(201)
                .extract().path("id");
        Map<String, Object> milestone = ProjectParts.milestone("Go-live");
        Api.as(ADMIN).body(milestone).post(PROJECTS + "/{id}/milestones", id).then().statusCode(422)
                .body("type", endsWith("/currency-mismatch"), "detail", containsString("billingAmount"));
        milestone.put("billingAmount", Map.of("amount", "30000.00", "currency", currency));
        milestone.put("dueDate", "2026-03-01");
        Api.as(ADMIN).body(milestone).post(PROJECTS + "/{id}/milestones", id).then().statusCode(422)
                .body("type", endsWith("/exchange-rate-missing"), "currency", is(currency), "date", is("2026-03-01"));
        milestone.put("dueDate", "2026-03-31");
        String milestoneId = Api.as(ADMIN).body(milestone).post(PROJECTS + "/{id}/milestones", id).then().statusCode(201)
                .body("billingAmount.currency", is(currency), "billingAmount.amount", is("30000.00"))
                .extract().path("id");
        Api.as(ADMIN).header("If-Match", "\"1\"").body(Map.of("dueDate", "2026-02-27"))
                .patch(PROJECTS + "/{id}/milestones/{m}", id, milestoneId)
                .then().statusCode(422).body("type", endsWith("/exchange-rate-missing"), "date", is("2026-02-27"));
    }

    @Test
    void aClonedProjectKeepsItsSourcesCurrency() {
        String currency = Fixtures.newCurrency();
        Fixtures.exchangeRate(currency, "2026-01-01", "0.9");
        String id = Api.as(ADMIN).body(project(currency, "1000.00")).post(PROJECTS).then().statusCode(201)
                .extract().path("id");
        Api.as(ADMIN).body(Map.of("key", Fixtures.newKey(), "name", "Phase 2")).post(PROJECTS + "/{id}/clone", id)
                .then().statusCode(201).body("currency", is(currency), "budget.currency", is(currency));
    }

    private static Map<String, Object> project(String currency, String budget) {
        Map<String, Object> body = new HashMap<>(Fixtures.project(Fixtures.newKey(), Fixtures.newClient()));
        body.put("currency", currency);
        body.put("budget", Map.of("amount", budget, "currency", currency));
        return body;
    }
}
