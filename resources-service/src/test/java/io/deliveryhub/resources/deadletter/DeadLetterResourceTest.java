package io.deliveryhub.resources.deadletter;

import static io.deliveryhub.platform.security.Roles.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deliveryhub.platform.events.Topics;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.EventFeed;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DeadLetterResourceTest {

    private static final String PATH = "/api/v1/admin/resources/dead-letters";
    private static final String CREATED = "deliveryhub.project.created.v1";

    @Inject
    DataSource dataSource;

    @Test
    void parksAnEventWhoseEffectFailsWhileTheDatabaseAnswersAndReplaysItOnceAfterTheFix() throws SQLException {
        UUID refused = UUID.randomUUID();
        refuseInTheDatabase(refused);
        UUID eventId = EventFeed.publish(Topics.PROJECTS, CREATED, refused.toString(), project(refused));
        UUID behind = UUID.randomUUID();
        EventFeed.publish(Topics.PROJECTS, CREATED, refused.toString(), project(behind));

        // The event behind the poison one, on its key, is applied; the poison one is listed with who parked it and why.
        awaitKnown(behind);
        Map<String, Object> deadLetter = awaitDeadLetter(eventId);
        Api.as(ADMIN).get("/api/v1/known-projects/" + refused).then().statusCode(404);
        assertThat(deadLetter).containsEntry("consumer", "resources.known-projects")
                .containsEntry("service", "resources-service").containsEntry("applied", false)
                .containsEntry("eventType", CREATED).containsKey("deadLetteredAt");
        assertThat((String) deadLetter.get("reason")).contains("refused by the test");
        io.restassured.RestAssured.given().get("/q/metrics").then().statusCode(200)
                .body(containsString("deliveryhub_inbox_dead_lettered_total{consumer=\"resources.known-projects\""));
        assertThat(deadLetter.get("origin")).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("topic", Topics.PROJECTS)
                .containsKeys("partition", "offset");

        Map<String, Object> one = Map.of("partition", deadLetter.get("partition"), "offset", deadLetter.get("offset"));
        Api.as(ADMIN).queryParam("topic", Topics.PROJECTS).body(one).post(PATH + "/replay")
                .then().statusCode(200).body("failed", is(1), "replayed[0].outcome", is("FAILED"),
                        "replayed[0].reason", containsString("refused by the test"));

        allowInTheDatabase();
        Api.as(ADMIN).queryParam("topic", Topics.PROJECTS).body(one).post(PATH + "/replay")
                .then().statusCode(200).body("topic", is(Topics.PROJECTS), "applied", is(1), "failed", is(0),
                        "replayed[0].eventId", is(eventId.toString()), "replayed[0].outcome", is("APPLIED"));
        Api.as(ADMIN).get("/api/v1/known-projects/" + refused).then().statusCode(200).body("version", is(1));

        Api.as(ADMIN).queryParam("topic", Topics.PROJECTS).body(one).post(PATH + "/replay")
                .then().statusCode(200).body("applied", is(0), "alreadyApplied", is(1),
                        "replayed[0].outcome", is("ALREADY_APPLIED"));
        Api.as(ADMIN).queryParam("topic", Topics.PROJECTS).body(Map.of("all", true)).post(PATH + "/replay")
                .then().statusCode(200).body("replayed.findAll { it.eventId == '" + eventId + "' }.outcome",
                        everyItem(is("ALREADY_APPLIED")));
        Api.as(ADMIN).queryParam("topic", Topics.PROJECTS).queryParam("size", 500).get(PATH)
                .then().statusCode(200).body("items.find { it.eventId == '" + eventId + "' }.applied", is(true));
    }

    @Test
    void answers404ForADeadLetterThatIsNotThere() {
        Api.as(ADMIN).queryParam("topic", Topics.PROJECTS).body(Map.of("partition", 0, "offset", 999_999))
                .post(PATH + "/replay")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("deliveryhub.projects.v1.dlq"));
    }

    @Test
    void refusesATopicThisServiceDoesNotConsumeAndAnAmbiguousReplay() {
        Api.as(ADMIN).queryParam("topic", Topics.DELIVERY).get(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("topic"), "detail", containsString(Topics.PROJECTS));
        Api.as(ADMIN).get(PATH).then().statusCode(400).body("errors.field", hasItem("topic"));
        Api.as(ADMIN).queryParam("topic", Topics.PROJECTS).body(Map.of("partition", 0, "offset", 1, "all", true))
                .post(PATH + "/replay").then().statusCode(400).contentType("application/problem+json");
        Api.as(ADMIN).queryParam("topic", Topics.PROJECTS).body(Map.of("offset", 1))
                .post(PATH + "/replay").then().statusCode(400);
    }

    @Test
    void isForAdminsOnly() {
        Api.anonymous().queryParam("topic", Topics.PROJECTS).get(PATH)
                .then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"))
                .contentType("application/problem+json");
        Api.as(HEAD_OF_DELIVERY).queryParam("topic", Topics.PROJECTS).get(PATH)
                .then().statusCode(403).contentType("application/problem+json");
        Api.as(DELIVERY_MANAGER).queryParam("topic", Topics.PROJECTS).body(Map.of("all", true))
                .post(PATH + "/replay").then().statusCode(403);
    }

    @Test
    void isDocumentedInOpenApi() {
        io.restassured.RestAssured.given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'" + PATH + "'.get.responses.'200'", notNullValue())
                .body("paths.'" + PATH + "/replay'.post.responses.'200'", notNullValue())
                .body("paths.'" + PATH + "/replay'.post.responses.'404'.content.'application/problem+json'", notNullValue())
                .body("components.schemas.DeadLetterReplay.examples", notNullValue());
    }

    private Map<String, Object> awaitDeadLetter(UUID eventId) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonPath page = Api.as(ADMIN).queryParam("topic", Topics.PROJECTS).queryParam("size", 500).get(PATH)
                    .then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> found = page.getList("items.findAll { it.eventId == '" + eventId + "' }");
            return found.isEmpty() ? null : found.get(0);
        }, java.util.Objects::nonNull);
    }

    /** A deterministic failure of the effect, in the database itself: a trigger refusing one project. */
    private void refuseInTheDatabase(UUID project) throws SQLException {
        execute("create or replace function test_refuse_project() returns trigger language plpgsql as $$ begin "
                + "if new.id = '" + project + "' then raise exception 'refused by the test'; end if; return new; end $$");
        execute("drop trigger if exists test_refuse_project on known_project");
        execute("create trigger test_refuse_project before insert or update on known_project "
                + "for each row execute function test_refuse_project()");
    }

    private void allowInTheDatabase() throws SQLException {
        execute("drop trigger if exists test_refuse_project on known_project");
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void awaitKnown(UUID id) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Api.as(ADMIN)
                .get("/api/v1/known-projects/" + id).then().statusCode(200));
    }

    private static ObjectNode project(UUID id) {
        ObjectNode payload = EventFeed.example(CREATED);
        payload.put("version", 1);
        ((ObjectNode) payload.get("state")).put("id", id.toString())
                .put("key", "K" + id.toString().substring(0, 8).toUpperCase()).put("status", "PROPOSED")
                .put("version", 1);
        return payload;
    }
}
