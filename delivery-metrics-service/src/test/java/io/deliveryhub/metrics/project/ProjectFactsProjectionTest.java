package io.deliveryhub.metrics.project;

import static io.deliveryhub.metrics.ProjectFeed.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deliveryhub.platform.events.Topics;
import io.deliveryhub.testkit.EventFeed;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The facts the project KPIs are computed from, fed as the producer's committed examples through the real topic. */
@QuarkusTest
class ProjectFactsProjectionTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void keepsTheProjectFieldsTheKpisNeed() {
        UUID id = UUID.randomUUID();
        publish(PROJECT_CREATED, id, project(id, 1, "ACTIVE"));

        Awaitility.await().atMost(PATIENCE).until(() -> find(id) != null);
        Project project = find(id);
        assertThat(project.budgetHours).isEqualByComparingTo("2400");
        assertThat(project.practice).isEqualTo("Payments");
        assertThat(project.projectManagerId).isEqualTo(UUID.fromString("1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed"));
        assertThat(project.deliveryManagerId).isEqualTo(UUID.fromString("9c858901-8a57-4791-81fe-4c455b099bc9"));
        assertThat(project.deliveryLeadId).isNull();
    }

    @Test
    void keepsEveryBaselineWithTheTimeItTookEffect() {
        UUID projectId = UUID.randomUUID();
        UUID baselineId = UUID.randomUUID();
        UUID eventId = publish(BASELINE_CHANGED, projectId, fact(BASELINE_CHANGED, projectId, baselineId, 2));

        awaitHandled(eventId);
        Object[] row = row("select baseline_number, budget_amount, budget_currency, planned_end, effective_at, "
                + "budget_hours from project_baseline where id = ?1", baselineId);
        assertThat(((Number) row[0]).longValue()).isEqualTo(2);
        assertThat((BigDecimal) row[1]).isEqualByComparingTo("265000.00");
        assertThat(row[2]).isEqualTo("EUR");
        assertThat(localDate(row[3])).isEqualTo(LocalDate.of(2026, 10, 14));
        assertThat(instant(row[4])).isEqualTo(Instant.parse("2026-04-10T14:02:11Z"));
        assertThat((BigDecimal) row[5]).isEqualByComparingTo("2520");
        // A baseline change is not a project state: it leaves no project row behind.
        assertThat(find(projectId)).isNull();
    }

    @Test
    void keepsTheNewestMilestoneWhateverOrderItsEventsArriveIn() {
        UUID projectId = UUID.randomUUID();
        UUID milestoneId = UUID.randomUUID();
        publish(MILESTONE_COMPLETED, projectId, fact(MILESTONE_COMPLETED, projectId, milestoneId, 3));
        UUID late = publish(MILESTONE_CREATED, projectId, fact(MILESTONE_CREATED, projectId, milestoneId, 1));

        awaitHandled(late);
        Object[] row = row("select status, completed_on, due_date, weight, version, waived_on from project_milestone "
                + "where id = ?1", milestoneId);
        assertThat(row[0]).isEqualTo("DONE");
        assertThat(localDate(row[1])).isEqualTo(LocalDate.of(2026, 3, 27));
        assertThat(localDate(row[2])).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat((BigDecimal) row[3]).isEqualByComparingTo("2");
        assertThat(((Number) row[4]).longValue()).isEqualTo(3);
        assertThat(row[5]).as("a milestone that is not WAIVED was never waived").isNull();
    }

    @Test
    void recordsAWaivedMilestone() {
        UUID projectId = UUID.randomUUID();
        UUID milestoneId = UUID.randomUUID();
        publish(MILESTONE_CREATED, projectId, fact(MILESTONE_CREATED, projectId, milestoneId, 1));
        UUID waived = publish(MILESTONE_WAIVED, projectId, fact(MILESTONE_WAIVED, projectId, milestoneId, 2));

        awaitHandled(waived);
        Object[] row = row("select status, completed_on, added_on, waived_on from project_milestone where id = ?1",
                milestoneId);
        assertThat(row[0]).isEqualTo("WAIVED");
        assertThat(row[1]).isNull();
        // Added and waived on the days (UTC) of its createdAt and of its last change.
        assertThat(localDate(row[2])).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(localDate(row[3])).isEqualTo(LocalDate.of(2026, 3, 12));
    }

    @Test
    void recordsAStatusReport() {
        UUID projectId = UUID.randomUUID();
        UUID reportId = UUID.randomUUID();
        UUID eventId = publish(STATUS_REPORT_POSTED, projectId, fact(STATUS_REPORT_POSTED, projectId, reportId, 1));

        awaitHandled(eventId);
        Object[] row = row("select as_of, overall, percent_complete from project_status_report where id = ?1",
                reportId);
        assertThat(localDate(row[0])).isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(row[1]).isEqualTo("AMBER");
        assertThat((BigDecimal) row[2]).isEqualByComparingTo("35");
    }

    @Test
    void keepsARaidItemAtItsNewestVersion() {
        UUID projectId = UUID.randomUUID();
        UUID itemId = UUID.randomUUID();
        ObjectNode closed = fact(RAID_ITEM_UPDATED, projectId, itemId, 2);
        state(closed).put("status", "CLOSED").put("type", "RISK").put("score", 16);
        publish(RAID_ITEM_UPDATED, projectId, closed);
        UUID late = publish(RAID_ITEM_RAISED, projectId, fact(RAID_ITEM_RAISED, projectId, itemId, 1));

        awaitHandled(late);
        Object[] row = row("select type, status, score, version from project_raid_item where id = ?1", itemId);
        assertThat(row[0]).isEqualTo("RISK");
        assertThat(row[1]).isEqualTo("CLOSED");
        assertThat(((Number) row[2]).intValue()).isEqualTo(16);
        assertThat(((Number) row[3]).longValue()).isEqualTo(2);
    }

    @Test
    void recordsClientFeedback() {
        UUID projectId = UUID.randomUUID();
        UUID feedbackId = UUID.randomUUID();
        UUID eventId = publish(FEEDBACK_RECEIVED, projectId, fact(FEEDBACK_RECEIVED, projectId, feedbackId, 1));

        awaitHandled(eventId);
        Object[] row = row("select csat, nps, received_at from project_feedback where id = ?1", feedbackId);
        assertThat(((Number) row[0]).intValue()).isEqualTo(4);
        assertThat(((Number) row[1]).intValue()).isEqualTo(9);
        assertThat(instant(row[2])).isEqualTo(Instant.parse("2026-03-31T12:00:00Z"));
    }

    @Test
    void passesOverTypesItHasNoUseForWithoutAnInboxMark() {
        UUID projectId = knownProject();
        long factsVersion = factsVersion(projectId);
        List<UUID> ignored = new ArrayList<>();
        for (String type : List.of("deliveryhub.deliverable.created.v1", "deliveryhub.change-request.submitted.v1",
                "deliveryhub.project.closure-review-recorded.v1")) {
            ignored.add(EventFeed.publish(Topics.PROJECTS, type, projectId.toString(), EventFeed.example(type)));
        }
        UUID reportId = UUID.randomUUID();
        ObjectNode report = fact(STATUS_REPORT_POSTED, projectId, reportId, 1);
        UUID reportEvent = publish(STATUS_REPORT_POSTED, projectId, report);
        // A redelivery of the wanted event, behind the ignored ones on the same key (one partition, in order).
        EventFeed.publish(reportEvent, Topics.PROJECTS, STATUS_REPORT_POSTED, projectId.toString(), report);
        awaitHandled(publish(FEEDBACK_RECEIVED, projectId, fact(FEEDBACK_RECEIVED, projectId, UUID.randomUUID(), 1)));

        assertThat(marks(ignored)).as("of no use here: not even an inbox mark").isZero();
        assertThat(marks(List.of(reportEvent))).isEqualTo(1);
        assertThat(row("select overall, as_of from project_status_report where id = ?1", reportId)[0]).isEqualTo("AMBER");
        assertThat(factsVersion(projectId)).as("the report applied once, then the feedback").isEqualTo(factsVersion + 2);
    }

    private static long factsVersion(UUID projectId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Project.getEntityManager()
                .createNativeQuery("select facts_version from project where id = :id").setParameter("id", projectId)
                .getSingleResult()).longValue());
    }

    private static long marks(List<UUID> eventIds) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Project.getEntityManager()
                .createNativeQuery("select count(*) from inbox where consumer = :consumer and event_id in (:ids)")
                .setParameter("consumer", ProjectEventsConsumer.CONSUMER)
                .setParameter("ids", eventIds)
                .getSingleResult()).longValue());
    }

    private static void awaitHandled(UUID eventId) {
        Awaitility.await().atMost(PATIENCE).until(() -> QuarkusTransaction.requiringNew().call(
                () -> ((Number) Project.getEntityManager()
                        .createNativeQuery("select count(*) from inbox where consumer = :consumer and event_id = :id")
                        .setParameter("consumer", ProjectEventsConsumer.CONSUMER)
                        .setParameter("id", eventId)
                        .getSingleResult()).longValue() == 1));
    }

    private static Object[] row(String sql, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) Project.getEntityManager()
                .createNativeQuery(sql).setParameter(1, id).getSingleResult());
    }

    private static Project find(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Project.<Project> findById(id));
    }

    private static LocalDate localDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return value instanceof java.sql.Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }
}
