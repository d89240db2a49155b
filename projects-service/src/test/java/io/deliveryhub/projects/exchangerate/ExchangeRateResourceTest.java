package io.deliveryhub.projects.exchangerate;

import static io.deliveryhub.platform.security.Roles.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deliveryhub.platform.events.CloudEventHeaders;
import io.deliveryhub.projects.Fixtures;
import io.deliveryhub.projects.PublishedEvents;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.TestTokens;
import io.deliveryhub.testkit.TopicClient;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExchangeRateResourceTest {

    private static final String RATE = "/api/v1/exchange-rates/{currency}/{effectiveFrom}";
    private static final String RATES = "/api/v1/exchange-rates";
    private static final String BULK = "/api/v1/exchange-rates/bulk";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void setsARateThenReplacesItWithTheNextVersion() throws Exception {
        String currency = Fixtures.newCurrency();
        String location = Api.as(ADMIN).body(Map.of("rateToBase", "1.0850")).put(RATE, currency, "2026-01-01")
                .then().statusCode(201).header("ETag", "\"1\"")
                .body("currency", is(currency), "effectiveFrom", is("2026-01-01"), "rateToBase", is("1.0850000000"),
                        "baseCurrency", is("EUR"), "version", is(1), "updatedBy", not(emptyString()))
                .extract().header("Location");
        assertThat(location).endsWith("/api/v1/exchange-rates/" + currency + "/2026-01-01");
        Api.as(ADMIN).body(Map.of("rateToBase", "1.085")).put(RATE, currency, "2026-01-01")
                .then().statusCode(200).header("ETag", "\"1\"").body("version", is(1));
        Api.as(ADMIN).body(Map.of("rateToBase", 1.1)).put(RATE, currency, "2026-01-01")
                .then().statusCode(200).header("ETag", "\"2\"").body("rateToBase", is("1.1000000000"), "version", is(2));

        List<ConsumerRecord<String, String>> events = PublishedEvents.await(currency + ":2026-01-01",
                ExchangeRateService.SET, 2);
        assertThat(events).hasSize(2).allSatisfy(event -> assertThat(event.key()).isEqualTo(currency));
        JsonNode replaced = JSON.readTree(events.get(1).value());
        assertThat(replaced.get("version").asLong()).isEqualTo(2);
        assertThat(replaced.at("/state/rateToBase").asText()).isEqualTo("1.1000000000");
        assertThat(replaced.at("/state/baseCurrency").asText()).isEqualTo("EUR");
        assertThat(replaced.at("/changes/rateToBase/from").asText()).isEqualTo("1.0850000000");
        assertThat(TopicClient.header(events.get(0), CloudEventHeaders.SOURCE)).isEqualTo("projects-service");
    }

    @Test
    void theBaseCurrencyTakesNoRate() {
        Api.as(ADMIN).body(Map.of("rateToBase", "1")).put(RATE, "EUR", "2026-01-01")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", endsWith("/base-currency"), "detail", containsString("EUR"));
        Api.as(ADMIN).body(Map.of("rates", List.of(Map.of("currency", "EUR", "effectiveFrom", "2026-01-01",
                "rateToBase", "1")))).post(BULK)
                .then().statusCode(422).body("type", endsWith("/invalid-exchange-rates"), "items[0].field", is("currency"));
    }

    @Test
    void refusesHostileRatesAndDates() {
        String currency = Fixtures.newCurrency();
        for (Object bad : List.of("-1.2", "0", 0, "1.00000000001", "1234567890123", "lots", "NaN", "1e400")) {
            Api.as(ADMIN).body(Map.of("rateToBase", bad)).put(RATE, currency, "2026-01-01")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", is("rateToBase"));
        }
        Api.as(ADMIN).body("{}").put(RATE, currency, "2026-01-01")
                .then().statusCode(400).body("errors[0].field", is("rateToBase"));
        Api.as(ADMIN).put(RATE, currency, "2026-01-01").then().statusCode(400).contentType("application/problem+json");
        for (String code : List.of("usd", "US", "USDX", "U1D")) {
            Api.as(ADMIN).body(Map.of("rateToBase", "1.1")).put(RATE, code, "2026-01-01")
                    .then().statusCode(400).body("errors[0].field", is("currency"));
        }
        for (String day : List.of("2026-13-01", "01/01/2026", "+10000-01-01", "99999-01-01")) {
            Api.as(ADMIN).body(Map.of("rateToBase", "1.1")).put(RATE, currency, day)
                    .then().statusCode(400).body("errors[0].field", is("effectiveFrom"));
        }
        // far, but a day of the calendar: kept like any other
        Api.as(ADMIN).body(Map.of("rateToBase", "1.1")).put(RATE, currency, "9999-12-31").then().statusCode(201);
        Api.as(ADMIN).body(Map.of("rateToBase", "1.1")).put(RATE, currency, "0001-01-01").then().statusCode(201);
        Api.as(ADMIN).queryParam("currency", currency).get(RATES).then().statusCode(200).body("total", is(2));
    }

    @Test
    void onlyAdminWritesRates() {
        String currency = Fixtures.newCurrency();
        for (String role : List.of(HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, TEAM_MEMBER)) {
            Api.as(role).body(Map.of("rateToBase", "1.1")).put(RATE, currency, "2026-01-01")
                    .then().statusCode(403).body("type", endsWith("/forbidden"));
            Api.as(role).body(Map.of("rates", List.of())).post(BULK).then().statusCode(403);
        }
        Api.withToken(TestTokens.integration("crm", INTEGRATION_CRM)).body(Map.of("rateToBase", "1.1"))
                .put(RATE, currency, "2026-01-01").then().statusCode(403);
        Api.anonymous().body(Map.of("rateToBase", "1.1")).put(RATE, currency, "2026-01-01").then().statusCode(401);
        Api.as(ADMIN).queryParam("currency", currency).get(RATES).then().statusCode(200).body("total", is(0));
    }

    @Test
    void listsTheRatesAndTheRateInForceOnADay() {
        String currency = Fixtures.newCurrency();
        String other = Fixtures.newCurrency();
        Fixtures.exchangeRate(currency, "2026-01-01", "0.92");
        Fixtures.exchangeRate(currency, "2026-03-01", "0.95");
        Fixtures.exchangeRate(other, "2026-02-01", "1.17");

        Api.as(TEAM_MEMBER).queryParam("currency", currency).get(RATES).then().statusCode(200)
                .body("total", is(2), "items.effectiveFrom", contains("2026-01-01", "2026-03-01"));
        Api.as(DELIVERY_LEAD).queryParam("currency", currency).queryParam("asOf", "2026-02-28").get(RATES)
                .then().statusCode(200).body("total", is(1), "items[0].rateToBase", is("0.9200000000"));
        Api.as(PROJECT_MANAGER).queryParam("currency", currency).queryParam("asOf", "2026-03-01").get(RATES)
                .then().statusCode(200).body("items[0].rateToBase", is("0.9500000000"));
        Api.as(ADMIN).queryParam("currency", currency).queryParam("asOf", "2025-12-31").get(RATES)
                .then().statusCode(200).body("total", is(0), "items", empty());
        Api.as(ADMIN).queryParam("asOf", "2026-02-15").get(RATES).then().statusCode(200)
                .body("items.findAll { it.currency == '" + currency + "' || it.currency == '" + other + "' }.rateToBase",
                        contains("0.9200000000", "1.1700000000"));
    }

    @Test
    void refusesAMalformedFilter() {
        Api.as(ADMIN).queryParam("asOf", "yesterday").get(RATES)
                .then().statusCode(400).body("errors[0].field", is("asOf"));
        Api.as(ADMIN).queryParam("currency", "dollars").get(RATES)
                .then().statusCode(400).body("errors[0].field", is("currency"));
        Api.withToken(TestTokens.integration("pipelines", INTEGRATION_PIPELINES)).get(RATES).then().statusCode(403);
    }

    @Test
    void writesABulkOfRatesInOneGo() {
        String usd = Fixtures.newCurrency();
        String gbp = Fixtures.newCurrency();
        Fixtures.exchangeRate(usd, "2026-01-01", "0.90");
        Api.as(ADMIN).body(Map.of("rates", List.of(
                Map.of("currency", usd, "effectiveFrom", "2026-01-01", "rateToBase", "0.92"),
                Map.of("currency", usd, "effectiveFrom", "2026-02-01", "rateToBase", "0.93"),
                Map.of("currency", gbp, "effectiveFrom", "2026-01-01", "rateToBase", "1.165")))).post(BULK)
                .then().statusCode(200)
                .body("rates.currency", contains(usd, usd, gbp), "rates.version", contains(2, 1, 1),
                        "rates.rateToBase", contains("0.9200000000", "0.9300000000", "1.1650000000"));
        PublishedEvents.await(gbp + ":2026-01-01", ExchangeRateService.SET);
        Api.as(ADMIN).queryParam("currency", usd).queryParam("asOf", "2026-01-31").get(RATES).then()
                .body("items[0].rateToBase", is("0.9200000000"));
    }

    @Test
    void refusesTheWholeBulkListingEveryBadItem() {
        String currency = Fixtures.newCurrency();
        List<Object> rates = new ArrayList<>();
        rates.add(Map.of("currency", currency, "effectiveFrom", "2026-01-01", "rateToBase", "0.92"));
        rates.add(Map.of("currency", "usd", "effectiveFrom", "2026-01-01", "rateToBase", "-1"));
        rates.add(Map.of("currency", currency, "rateToBase", "0.00000000001"));
        rates.add(Map.of("currency", currency, "effectiveFrom", "2026-01-01", "rateToBase", "0.93"));
        Api.as(ADMIN).body(Map.of("rates", rates)).post(BULK)
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", endsWith("/invalid-exchange-rates"),
                        "items.index", contains(1, 1, 2, 2, 3),
                        "items.field", contains("currency", "rateToBase", "effectiveFrom", "rateToBase", "effectiveFrom"));
        Api.as(ADMIN).queryParam("currency", currency).get(RATES).then().body("total", is(0));
    }

    @Test
    void boundsTheBulk() {
        Api.as(ADMIN).body(Map.of("rates", List.of())).post(BULK)
                .then().statusCode(400).body("errors[0].field", containsString("rates"));
        Api.as(ADMIN).body("{}").post(BULK).then().statusCode(400).body("errors[0].field", containsString("rates"));
        Api.as(ADMIN).post(BULK).then().statusCode(400);
        List<Object> tooMany = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            tooMany.add(Map.of("currency", "QQQ", "effectiveFrom", "2026-01-01", "rateToBase", "1"));
        }
        Api.as(ADMIN).body(Map.of("rates", tooMany)).post(BULK)
                .then().statusCode(400).body("errors[0].field", containsString("rates"));
        Api.as(ADMIN).body(Map.of("rates", List.of(Map.of("currency", "QQQ", "effectiveFrom", "next week",
                "rateToBase", "1")))).post(BULK).then().statusCode(400).body("errors[0].field", containsString("effectiveFrom"));
    }
}
