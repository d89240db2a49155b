package io.deliveryhub.resources.rate;

import static io.deliveryhub.platform.security.Roles.*;
import static org.hamcrest.Matchers.*;

import io.deliveryhub.resources.Fixtures;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A person's rates may be in any currency with an exchange rate in force; what their hours cost stays in it. */
@QuarkusTest
class RateCurrencyTest {

    @Test
    void aRateInAnotherCurrencyNeedsAnExchangeRateInForceOnItsFirstDay() {
        String currency = Fixtures.newCurrency();
        UUID person = Fixtures.newPerson();
        Map<String, Object> rate = rate("2026-01-01", "70.00", "130.00", currency);
        Api.as(ADMIN).body(rate).post(rates(person)).then().statusCode(422).contentType("application/problem+json")
                .body("type", endsWith("/exchange-rate-missing"), "currency", is(currency), "date", is("2026-01-01"),
                        "detail", containsString("costRate"));
        Fixtures.exchangeRate(currency, "2026-01-02", "0.9200000000");
        Api.as(ADMIN).body(rate).post(rates(person)).then().statusCode(422).body("date", is("2026-01-01"));
        Fixtures.exchangeRate(currency, "2026-01-01", "0.9100000000");
        Api.as(ADMIN).body(rate).post(rates(person)).then().statusCode(201)
                .body("costRate.currency", is(currency), "billRate.currency", is(currency),
                        "costRate.amount", is("70.00"));
    }

    @Test
    void costAndBillRateAreInOneCurrency() {
        String currency = Fixtures.newCurrency();
        Fixtures.exchangeRate(currency, "2026-01-01", "1.1000000000");
        UUID person = Fixtures.newPerson();
        Map<String, Object> mixed = rate("2026-01-01", "70.00", "130.00", currency);
        mixed.put("billRate", Fixtures.money("130.00"));
        Api.as(ADMIN).body(mixed).post(rates(person)).then().statusCode(422)
                .body("type", endsWith("/currency-mismatch"), "detail", is("billRate is in EUR but must be in " + currency));
    }

    @Test
    void refusesHostileRates() {
        UUID person = Fixtures.newPerson();
        for (String amount : List.of("-1.00", "0.00000000001", "1e30", "lots")) {
            Api.as(ADMIN).body(rate("2026-01-01", amount, "1.00", "EUR")).post(rates(person))
                    .then().statusCode(400).body("errors[0].field", is("costRate.amount"));
        }
        for (String code : List.of("eur", "EURO", "E1R")) {
            Api.as(ADMIN).body(rate("2026-01-01", "1.00", "1.00", code)).post(rates(person))
                    .then().statusCode(400).body("errors.field", hasItems("costRate.currency", "billRate.currency"));
        }
        Api.as(ADMIN).body(rate("+10000-01-01", "1.00", "1.00", "EUR")).post(rates(person))
                .then().statusCode(400).body("errors[0].field", is("effectiveFrom"));
        Api.as(ADMIN).post(rates(person)).then().statusCode(400).contentType("application/problem+json");
        // zero is a rate (an unpaid volunteer), and a far day is a day
        Api.as(ADMIN).body(rate("9999-12-31", "0.00", "0.00", "EUR")).post(rates(person)).then().statusCode(201);
    }

    @Test
    void hoursCostInTheCurrencyOfTheRateInForce() {
        String currency = Fixtures.newCurrency();
        Fixtures.exchangeRate(currency, "2026-01-01", "0.9000000000");
        UUID person = Fixtures.newPerson();
        UUID project = Fixtures.knownProject();
        Api.as(ADMIN).body(rate("2026-01-01", "60.00", "100.00", currency)).post(rates(person)).then().statusCode(201);

        String logged = Api.as(ADMIN).body(Fixtures.entry(person, project, "2026-03-02", 7.5))
                .post("/api/v1/time-entries").then().statusCode(201).extract().path("id");
        Api.as(ADMIN).get("/api/v1/time-entries/" + logged).then().statusCode(200)
                .body("cost.amount", is("450.00"), "cost.currency", is(currency));

        Map<String, Object> imported = Fixtures.entry(person, project, "2026-03-03", 8);
        imported.put("externalRef", Map.of("system", "harvest", "id", Fixtures.unique()));
        String importedId = Api.withToken(TestTokens.integration("timesheets-test", INTEGRATION_TIMESHEETS))
                .body(Map.of("entries", List.of(imported))).post("/api/v1/time-entries/batch")
                .then().statusCode(200).body("created", is(1)).extract().path("results[0].id");
        Api.as(ADMIN).get("/api/v1/time-entries/" + importedId).then().statusCode(200)
                .body("cost.amount", is("480.00"), "cost.currency", is(currency));

        // a later rate in the base currency re-costs the entries it covers in that currency
        Api.as(ADMIN).body(rate("2026-03-03", "50.00", "90.00", "EUR")).post(rates(person)).then().statusCode(201);
        Api.as(ADMIN).get("/api/v1/time-entries/" + importedId).then()
                .body("cost.amount", is("400.00"), "cost.currency", is("EUR"));
        Api.as(ADMIN).get("/api/v1/time-entries/" + logged).then().body("cost.currency", is(currency));
    }

    private static String rates(UUID person) {
        return "/api/v1/people/" + person + "/rates";
    }

    private static Map<String, Object> rate(String effectiveFrom, String cost, String bill, String currency) {
        Map<String, Object> body = new HashMap<>();
        body.put("effectiveFrom", effectiveFrom);
        body.put("costRate", Fixtures.money(cost, currency));
        body.put("billRate", Fixtures.money(bill, currency));
        return body;
    }
}
