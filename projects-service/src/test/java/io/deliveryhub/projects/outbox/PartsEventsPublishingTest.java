package io.deliveryhub.projects.outbox;

import static io.deliveryhub.platform.security.Roles.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deliveryhub.platform.events.CloudEventHeaders;
import io.deliveryhub.platform.events.Topics;
import io.deliveryhub.projects.Fixtures;
import io.deliveryhub.projects.ProjectParts;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.EventSchemas;
import io.deliveryhub.testkit.TestTokens;
import io.deliveryhub.testkit.TopicClient;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** What the parts of a project publish: keyed by the project, subject the part, valid against the schemas. */
@QuarkusTest
class PartsEventsPublishingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void publishesTheMilestoneAndDeliverableLifecycle() throws Exception {
        String projectId = Fixtures.newProject();
        String milestoneId = ProjectParts.newMilestone(projectId);
        Api.as(ADMIN).header("If-Match", "\"1\"").body(Map.of("status", "IN_PROGRESS"))
                .patch("/api/v1/projects/{p}/milestones/{m}", projectId, milestoneId).then().statusCode(200);
        String deliverableId = ProjectParts.newDeliverable(projectId, milestoneId, "UX designs");
        Api.as(ADMIN).header("If-Match", "\"1\"").body(Map.of("description", "Figma"))
                .patch("/api/v1/projects/{p}/milestones/{m}/deliverables/{d}", projectId, milestoneId, deliverableId)
                .then().statusCode(200);
        ProjectParts.review(projectId, milestoneId, deliverableId, "IN_REVIEW");
        ProjectParts.review(projectId, milestoneId, deliverableId, "ACCEPTED");
        Api.as(ADMIN).body(Map.of("completedOn", "2026-03-01"))
                .post("/api/v1/projects/{p}/milestones/{m}/complete", projectId, milestoneId).then().statusCode(200);
        Api.as(ADMIN).body(Map.of("acceptedOn", "2026-03-02"))
                .post("/api/v1/projects/{p}/milestones/{m}/accept", projectId, milestoneId).then().statusCode(200);
        String waivedId = ProjectParts.newMilestone(projectId);
        Api.as(ADMIN).body(Map.of("reason", "Out of scope"))
                .post("/api/v1/projects/{p}/milestones/{m}/waive", projectId, waivedId).then().statusCode(200);

        List<ConsumerRecord<String, String>> milestone = awaitEvents(projectId, milestoneId, 4);
        assertTypes(milestone, "deliveryhub.milestone.created.v1", "deliveryhub.milestone.updated.v1",
                "deliveryhub.milestone.completed.v1", "deliveryhub.milestone.accepted.v1");
        JsonNode accepted = JSON.readTree(milestone.get(3).value());
        assertThat(accepted.at("/state/acceptedOn").asText()).isEqualTo("2026-03-02");
        assertThat(accepted.at("/changes/acceptedOn/to").asText()).isEqualTo("2026-03-02");
        assertThat(accepted.get("version").asLong()).isEqualTo(4);

        assertTypes(awaitEvents(projectId, deliverableId, 4), "deliveryhub.deliverable.created.v1",
                "deliveryhub.deliverable.updated.v1", "deliveryhub.deliverable.reviewed.v1",
                "deliveryhub.deliverable.reviewed.v1");
        List<ConsumerRecord<String, String>> waived = awaitEvents(projectId, waivedId, 2);
        assertTypes(waived, "deliveryhub.milestone.created.v1", "deliveryhub.milestone.waived.v1");
        assertThat(JSON.readTree(waived.get(1).value()).get("reason").asText()).isEqualTo("Out of scope");
    }

    @Test
    void publishesStatusReportsRaidItemsAndFeedback() throws Exception {
        String projectId = Fixtures.newProject();
        Map<String, Object> report = Map.of("asOf", "2026-03-06", "overall", "GREEN", "schedule", "GREEN",
                "budget", "GREEN", "scope", "GREEN", "quality", "AMBER", "percentComplete", 20, "summary", "Fine");
        String reportId = Api.withToken(TestTokens.integration("gitlab", INTEGRATION_PIPELINES)).body(report)
                .post("/api/v1/projects/{p}/status-reports", projectId).then().statusCode(201).extract().path("id");
        String riskId = Api.as(ADMIN).body(Map.of("type", "RISK", "title", "Vendor late", "probability", 3, "impact", 4))
                .post("/api/v1/projects/{p}/raid", projectId).then().statusCode(201).extract().path("id");
        Api.as(ADMIN).header("If-Match", "\"1\"").body(Map.of("probability", 4))
                .patch("/api/v1/projects/{p}/raid/{i}", projectId, riskId).then().statusCode(200);
        String feedbackId = Api.as(ADMIN).body(Map.of("csat", 5))
                .post("/api/v1/projects/{p}/feedback", projectId).then().statusCode(201).extract().path("id");

        JsonNode posted = JSON.readTree(awaitEvents(projectId, reportId, 1).get(0).value());
        assertThat(posted.at("/state/source").asText()).isEqualTo("PIPELINE");
        assertTypes(awaitEvents(projectId, reportId, 1), "deliveryhub.status-report.posted.v1");
        List<ConsumerRecord<String, String>> raid = awaitEvents(projectId, riskId, 2);
        assertTypes(raid, "deliveryhub.raid-item.raised.v1", "deliveryhub.raid-item.updated.v1");
        JsonNode escalated = JSON.readTree(raid.get(1).value());
        assertThat(escalated.at("/changes/escalationLevel/to").asText()).isEqualTo("DELIVERY_MANAGER");
        assertThat(escalated.get("reason").asText()).contains("escalated to DELIVERY_MANAGER automatically");
        assertTypes(awaitEvents(projectId, feedbackId, 1), "deliveryhub.feedback.received.v1");
    }

    @Test
    void publishesTemplateEventsKeyedByTheTemplate() throws Exception {
        Map<String, Object> content = Map.of("name", "Events " + java.util.UUID.randomUUID(), "milestones",
                List.of(Map.of("name", "Kick-off", "offsetDays", 0, "weight", 1)), "raidEntries", List.of());
        String templateId = Api.as(ADMIN).body(content).post("/api/v1/project-templates").then().statusCode(201)
                .extract().path("id");
        Api.as(ADMIN).header("If-Match", "\"1\"").body(Map.of("description", "Short"))
                .patch("/api/v1/project-templates/{id}", templateId).then().statusCode(200);
        Api.as(ADMIN).delete("/api/v1/project-templates/{id}", templateId).then().statusCode(204);

        List<ConsumerRecord<String, String>> events = awaitEvents(templateId, templateId, 3);
        assertTypes(events, "deliveryhub.project-template.created.v1", "deliveryhub.project-template.updated.v1",
                "deliveryhub.project-template.deleted.v1");
        assertThat(JSON.readTree(events.get(2).value()).get("version").asLong()).isEqualTo(3);
    }

    @Test
    void recordsThePartsEventsInTheProjectHistory() {
        String projectId = Fixtures.newProject();
        String milestoneId = ProjectParts.newMilestone(projectId);
        Api.as(TEAM_MEMBER).get("/api/v1/projects/{p}/history", projectId).then().statusCode(200)
                .body("items[0].type", org.hamcrest.Matchers.is("deliveryhub.milestone.created.v1"),
                        "items[0].subjectId", org.hamcrest.Matchers.is(milestoneId));
    }

    /** The events about one subject, in order, each keyed by the project and valid against its schema. */
    private static List<ConsumerRecord<String, String>> awaitEvents(String projectId, String subject, int count) {
        List<ConsumerRecord<String, String>> matching = Awaitility.await().atMost(Duration.ofSeconds(40))
                .until(() -> filter(TopicClient.awaitRecords(Topics.PROJECTS,
                        seen -> filter(seen, subject).size() >= count, Duration.ofSeconds(20)),
                        subject), found -> found.size() >= count);
        for (ConsumerRecord<String, String> record : matching) {
            assertThat(record.key()).isEqualTo(projectId);
            EventSchemas.assertValid(TopicClient.header(record, CloudEventHeaders.TYPE), record.value());
        }
        return matching;
    }

    private static List<ConsumerRecord<String, String>> filter(List<ConsumerRecord<String, String>> records,
            String subject) {
        return records.stream().filter(r -> subject.equals(TopicClient.header(r, CloudEventHeaders.SUBJECT))).toList();
    }

    private static void assertTypes(List<ConsumerRecord<String, String>> records, String... types) {
        assertThat(records).extracting(r -> TopicClient.header(r, CloudEventHeaders.TYPE)).containsExactly(types);
    }
}
