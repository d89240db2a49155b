package io.deliveryhub.resources.rate;

import static io.deliveryhub.platform.security.Roles.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import io.deliveryhub.resources.Fixtures;
import io.deliveryhub.resources.PublishedEvents;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.EventSchemas;
import io.deliveryhub.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RateResourceTest {

    private static Map<String, Object> rate(String from, String cost, String bill) {
        return Map.of("effectiveFrom", from, "costRate", Fixtures.money(cost), "billRate", Fixtures.money(bill));
    }

    @Test
    void keepsRatesAsAHistoryAndPublishesEachOne() {
        UUID person = Fixtures.newPerson();
        String id = Api.as(HEAD_OF_DELIVERY).body(rate("2026-03-01", "70.00", "130.00"))
                .post("/api/v1/people/" + person + "/rates")
                .then().statusCode(201).header("Location", containsString("/people/" + person + "/rates/"))
                .body("costRate.amount", is("70.00"), "billRate.amount", is("130.00"), "effectiveFrom", is("2026-03-01"))
                .extract().path("id");
        Api.as(ADMIN).body(rate("2026-01-01", "60.00", "120.00")).post("/api/v1/people/" + person + "/rates")
                .then().statusCode(201);

        Api.as(DELIVERY_MANAGER).get("/api/v1/people/" + person + "/rates")
                .then().statusCode(200).body("effectiveFrom", contains("2026-01-01", "2026-03-01"),
                        "costRate.amount", contains("60.00", "70.00"));
        Api.as(ADMIN).get("/api/v1/people/" + person + "/rates/" + id).then().statusCode(200).body("costRate.amount", is("70.00"));

        ConsumerRecord<String, String> event = PublishedEvents.await(person.toString(), RateService.RATE_CREATED,
                p -> id.equals(p.at("/state/id").asText()));
        EventSchemas.assertValid(RateService.RATE_CREATED, event.value());
    }

    @Test
    void costRatesAreHiddenFromThoseWhoMayNotSeeThem() {
        UUID person = Fixtures.newPerson();
        Api.as(ADMIN).body(rate("2026-01-01", "60.00", "120.00")).post("/api/v1/people/" + person + "/rates")
                .then().statusCode(201);
        Api.withToken(TestTokens.person(person, TEAM_MEMBER, PROJECT_MANAGER)).get("/api/v1/people/" + person + "/rates")
                .then().statusCode(200).body("[0].billRate.amount", is("120.00"), "[0]", not(hasKey("costRate")));
    }

    @Test
    void onlyPeopleManagersSetRates() {
        UUID person = Fixtures.newPerson();
        Api.withToken(TestTokens.person(person, TEAM_MEMBER, PROJECT_MANAGER)).body(rate("2026-01-01", "1.00", "2.00"))
                .post("/api/v1/people/" + person + "/rates").then().statusCode(403);
        Api.as(INTEGRATION_TIMESHEETS).get("/api/v1/people/" + person + "/rates").then().statusCode(403);
    }

    @Test
    void refusesASecondRateOnTheSameDayAndOtherCurrencies() {
        UUID person = Fixtures.newPerson();
        Api.as(ADMIN).body(rate("2026-01-01", "60.00", "120.00")).post("/api/v1/people/" + person + "/rates")
                .then().statusCode(201);
        Api.as(ADMIN).body(rate("2026-01-01", "61.00", "121.00")).post("/api/v1/people/" + person + "/rates")
                .then().statusCode(409).body("type", endsWith("/duplicate-rate"));
        Api.as(ADMIN).body(Map.of("effectiveFrom", "2026-02-01", "costRate", Map.of("amount", "60.00", "currency", "USD")))
                .post("/api/v1/people/" + person + "/rates")
                .then().statusCode(422).body("type", endsWith("/exchange-rate-missing"), "currency", is("USD"),
                        "date", is("2026-02-01"), "detail", containsString("USD"));
        Api.as(ADMIN).body(Map.of("effectiveFrom", "2026-02-01")).post("/api/v1/people/" + person + "/rates")
                .then().statusCode(400).body("errors[0].field", is("costRate"));
        Api.as(ADMIN).body(rate("2026-02-01", "-5.00", "1.00")).post("/api/v1/people/" + person + "/rates")
                .then().statusCode(400);
        Api.as(ADMIN).body(rate("2026-02-01", "5.00", "1.00")).post("/api/v1/people/" + UUID.randomUUID() + "/rates")
                .then().statusCode(404);
    }

    @Test
    void aRateEffectiveInThePastRecostsTheEntriesItCovers() {
        UUID person = Fixtures.newPerson();
        UUID project = Fixtures.knownProject();
        Api.as(ADMIN).body(rate("2026-01-01", "60.00", "120.00")).post("/api/v1/people/" + person + "/rates")
                .then().statusCode(201);
        Api.as(ADMIN).body(rate("2026-04-01", "80.00", "140.00")).post("/api/v1/people/" + person + "/rates")
                .then().statusCode(201);
        String january = entry(person, project, "2026-01-15");
        String march = entry(person, project, "2026-03-02");
        String april = entry(person, project, "2026-04-06");

        Api.as(ADMIN).body(rate("2026-03-01", "70.00", "130.00")).post("/api/v1/people/" + person + "/rates")
                .then().statusCode(201);

        Api.as(ADMIN).get("/api/v1/time-entries/" + january).then().body("cost.amount", is("600.00"), "version", is(1));
        Api.as(ADMIN).get("/api/v1/time-entries/" + march).then().body("cost.amount", is("700.00"), "version", is(2));
        Api.as(ADMIN).get("/api/v1/time-entries/" + april).then().body("cost.amount", is("800.00"), "version", is(1));
        ConsumerRecord<String, String> event = PublishedEvents.await(project.toString(), "deliveryhub.time-entry.updated.v1",
                p -> march.equals(p.at("/state/id").asText()));
        EventSchemas.assertValid("deliveryhub.time-entry.updated.v1", event.value());
        var payload = PublishedEvents.read(event.value());
        assertThat(payload.at("/changes/cost/from/amount").asText()).isEqualTo("600.00");
        assertThat(payload.at("/changes/cost/to/amount").asText()).isEqualTo("700.00");
    }

    private static String entry(UUID person, UUID project, String date) {
        return Api.as(ADMIN).body(Fixtures.entry(person, project, date, 10)).post("/api/v1/time-entries")
                .then().statusCode(201).extract().path("id");
    }
}
