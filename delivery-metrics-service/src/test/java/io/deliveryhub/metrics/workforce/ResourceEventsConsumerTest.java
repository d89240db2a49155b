package io.deliveryhub.metrics.workforce;

import static io.deliveryhub.metrics.ResourceFeed.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deliveryhub.metrics.project.Project;
import io.deliveryhub.platform.events.Topics;
import io.deliveryhub.testkit.EventFeed;
import io.deliveryhub.testkit.TopicClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.ObjectArrayAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The resources read models, fed the producer's committed examples through the real topic. */
@QuarkusTest
class ResourceEventsConsumerTest {

    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

    @ParameterizedTest
    @ValueSource(strings = { "deliveryhub.certification.added.v1", "deliveryhub.certification.removed.v1",
            "deliveryhub.person-rate.created.v1", "deliveryhub.person-skill.removed.v1",
            "deliveryhub.person-skill.set.v1", "deliveryhub.resource-request.cancelled.v1",
            "deliveryhub.resource-request.filled.v1", "deliveryhub.resource-request.opened.v1",
            "deliveryhub.skill.created.v1" })
    void passesOverTheTypesItHasNoUseFor(String type) {
        ObjectNode payload = EventFeed.example(type);
        UUID eventId = publish(type, UUID.randomUUID(), payload);

        awaitHandled(eventId);
    }

    @Test
    void keepsEachExampleAsItsReadModelNeedsIt() {
        UUID person = UUID.randomUUID();
        UUID project = UUID.randomUUID();
        UUID entry = UUID.randomUUID();
        UUID timeOff = UUID.randomUUID();
        UUID allocation = UUID.randomUUID();
        ObjectNode personCreated = EventFeed.example(PERSON_CREATED);
        state(personCreated).put("id", person.toString());
        ObjectNode recorded = EventFeed.example(TIME_ENTRY_RECORDED);
        state(recorded).put("id", entry.toString()).put("personId", person.toString())
                .put("projectId", project.toString());
        ObjectNode off = EventFeed.example(TIME_OFF_RECORDED);
        state(off).put("id", timeOff.toString()).put("personId", person.toString());
        ObjectNode booked = EventFeed.example(ALLOCATION_CREATED);
        state(booked).put("id", allocation.toString()).put("personId", person.toString())
                .put("projectId", project.toString());

        publish(PERSON_CREATED, person, personCreated);
        publish(TIME_OFF_RECORDED, person, off);
        publish(ALLOCATION_CREATED, project, booked);
        awaitHandled(publish(TIME_ENTRY_RECORDED, project, recorded));

        assertRow("select name, practice, title, capacity_hours_per_week, active_from, active_to, version "
                + "from person where id = ?1", person)
                .containsExactly("Jane Doe", "Engineering", "Senior Developer", new BigDecimal("40.00"),
                        Date.valueOf("2024-01-15"), null, 1L);
        assertRow("select project_id, person_id, entry_date, hours, billable, status, cost_amount, "
                + "cost_currency, version from project_time_entry where id = ?1", entry)
                .containsExactly(project, person, Date.valueOf(MARCH_2), new BigDecimal("7.5"), true, "SUBMITTED",
                        new BigDecimal("487.50"), "EUR", 1L);
        assertRow("select person_id, from_date, to_date, type, hours_per_day, cancelled, version "
                + "from person_time_off where id = ?1", timeOff)
                .containsExactly(person, Date.valueOf("2026-08-03"), Date.valueOf("2026-08-14"), "VACATION",
                        new BigDecimal("8.00"), false, 1L);
        assertRow("select person_id, placeholder_role, project_id, from_date, to_date, hours_per_week, booking, "
                + "billable, status, version from person_allocation where id = ?1", allocation)
                .containsExactly(person, null, project, Date.valueOf(MARCH_2), Date.valueOf("2026-05-29"),
                        new BigDecimal("20.00"), "HARD", true, "ACTIVE", 1L);
    }

    @Test
    void appliesTheNewestStateOfAnEntryWhateverOrderItsEventsArriveIn() {
        UUID project = UUID.randomUUID();
        UUID person = UUID.randomUUID();
        UUID entry = UUID.randomUUID();
        publish(TIME_ENTRY_DECIDED, project, timeEntry(TIME_ENTRY_DECIDED, entry, 2, project, person, MARCH_2, 8,
                "720.00", true, "REJECTED"));
        awaitHandled(publish(TIME_ENTRY_RECORDED, project, timeEntry(TIME_ENTRY_RECORDED, entry, 1, project, person,
                MARCH_2, 6, "540.00", true, "SUBMITTED")));

        assertRow("select status, hours, cost_amount, version from project_time_entry where id = ?1", entry)
                .containsExactly("REJECTED", new BigDecimal("8"), new BigDecimal("720.00"), 2L);

        // A redelivery (same event id) of a newer-looking state has no second effect either.
        UUID eventId = UUID.randomUUID();
        ObjectNode updated = timeEntry(TIME_ENTRY_UPDATED, entry, 3, project, person, MARCH_2, 4, "360.00", true,
                "APPROVED");
        EventFeed.publish(eventId, Topics.RESOURCES, TIME_ENTRY_UPDATED, project.toString(), updated);
        awaitHandled(eventId);
        ObjectNode redelivered = timeEntry(TIME_ENTRY_UPDATED, entry, 4, project, person, MARCH_2, 1, "90.00", true,
                "APPROVED");
        EventFeed.publish(eventId, Topics.RESOURCES, TIME_ENTRY_UPDATED, project.toString(), redelivered);
        awaitHandled(publish(TIME_ENTRY_UPDATED, project, timeEntry(TIME_ENTRY_UPDATED, entry, 2, project, person,
                MARCH_2, 2, "180.00", true, "SUBMITTED")));

        assertRow("select status, hours, cost_amount, version from project_time_entry where id = ?1", entry)
                .containsExactly("APPROVED", new BigDecimal("4"), new BigDecimal("360.00"), 3L);
    }

    @Test
    void appliesEachEntryOfAnImportByItsOwnVersionAndKeepsAnUncostedEntryWithoutCost() {
        UUID project = UUID.randomUUID();
        UUID person = UUID.randomUUID();
        UUID fresh = UUID.randomUUID();
        UUID decided = UUID.randomUUID();
        UUID uncosted = UUID.randomUUID();
        awaitHandled(publish(TIME_ENTRY_DECIDED, project, timeEntry(TIME_ENTRY_DECIDED, decided, 3, project, person,
                MARCH_2, 8, "720.00", true, "APPROVED")));
        ObjectNode chunk = imported(project);
        importedEntry(chunk, fresh, 1, person, MARCH_2, 5, "450.00", "SUBMITTED");
        importedEntry(chunk, decided, 2, person, MARCH_2, 1, "90.00", "SUBMITTED"); // older than what is held
        importedEntry(chunk, uncosted, 1, person, MARCH_2.plusDays(1), 3, null, "SUBMITTED");

        awaitHandled(publish(TIME_ENTRIES_IMPORTED, project, chunk));

        assertRow("select hours, cost_amount, version from project_time_entry where id = ?1", fresh)
                .containsExactly(new BigDecimal("5"), new BigDecimal("450.00"), 1L);
        assertRow("select hours, status, version from project_time_entry where id = ?1", decided)
                .containsExactly(new BigDecimal("8"), "APPROVED", 3L);
        assertRow("select hours, cost_amount, cost_currency from project_time_entry where id = ?1", uncosted)
                .containsExactly(new BigDecimal("3"), null, null);
    }

    @Test
    void keepsACancelledTimeOffCancelledAndAReleasedAllocationReleasedWhenOlderEventsArriveLate() {
        UUID person = UUID.randomUUID();
        UUID project = UUID.randomUUID();
        UUID timeOff = UUID.randomUUID();
        UUID allocation = UUID.randomUUID();
        publish(TIME_OFF_CANCELLED, person, timeOff(TIME_OFF_CANCELLED, timeOff, 2, person, MARCH_2, MARCH_2, 8,
                "HOLIDAY"));
        publish(TIME_OFF_RECORDED, person, timeOff(TIME_OFF_RECORDED, timeOff, 1, person, MARCH_2, MARCH_2, 8,
                "HOLIDAY"));
        publish(ALLOCATION_RELEASED, project, allocation(ALLOCATION_RELEASED, allocation, 3, person, project,
                MARCH_2, MARCH_2.plusWeeks(4), 20, "HARD"));
        awaitHandled(publish(ALLOCATION_UPDATED, project, allocation(ALLOCATION_UPDATED, allocation, 2, person,
                project, MARCH_2, MARCH_2.plusWeeks(8), 30, "HARD")));

        assertRow("select cancelled, version from person_time_off where id = ?1", timeOff)
                .containsExactly(true, 2L);
        assertRow("select status, hours_per_week, to_date, version from person_allocation where id = ?1",
                allocation).containsExactly("RELEASED", new BigDecimal("20.00"), Date.valueOf("2026-03-30"), 3L);
    }

    @Test
    void keepsAPlaceholderAllocationWithoutAPerson() {
        UUID project = UUID.randomUUID();
        UUID allocation = UUID.randomUUID();
        ObjectNode payload = EventFeed.example(ALLOCATION_CREATED);
        state(payload).put("id", allocation.toString()).put("projectId", project.toString()).putNull("personId")
                .put("placeholderRole", "Senior Developer");

        awaitHandled(publish(ALLOCATION_CREATED, project, payload));

        assertRow("select person_id, placeholder_role from person_allocation where id = ?1", allocation)
                .containsExactly(null, "Senior Developer");
    }

    @Test
    void parksARecordItCannotReadInTheDeadLetterTopic() {
        String key = UUID.randomUUID().toString();
        TopicClient.write(Topics.RESOURCES, key, "{not json", Map.of("ce_id", UUID.randomUUID().toString(),
                "ce_type", TIME_ENTRY_RECORDED, "ce_source", "test-feed", "ce_subject", key,
                "ce_time", "2026-03-02T17:00:00Z"));
        ObjectNode noDate = EventFeed.example(TIME_ENTRY_RECORDED);
        String entry = UUID.randomUUID().toString();
        state(noDate).put("id", entry).remove("date");
        publish(TIME_ENTRY_RECORDED, UUID.randomUUID(), noDate);

        TopicClient.awaitRecord(Topics.deadLetter(Topics.RESOURCES), record -> key.equals(record.key()),
                Duration.ofSeconds(90));
        List<?> dead = TopicClient.awaitRecord(Topics.deadLetter(Topics.RESOURCES),
                record -> record.value() != null && record.value().contains(entry), Duration.ofSeconds(90));
        assertThat(dead).isNotEmpty();
    }

    @Test
    void parksAnImportChunkWithAnUnreadableEntryAndAppliesTheChunkBehindIt() {
        UUID project = UUID.randomUUID();
        UUID person = UUID.randomUUID();
        UUID unreadable = UUID.randomUUID();
        UUID versionless = UUID.randomUUID();
        UUID behind = UUID.randomUUID();
        ObjectNode badDate = importedEntry(imported(project), unreadable, 1, person, MARCH_2, 4, "360.00",
                "SUBMITTED");
        ((ObjectNode) state(badDate).at("/entries/0")).put("date", "2026-02-30");
        ObjectNode noVersion = importedEntry(imported(project), versionless, 1, person, MARCH_2, 4, "360.00",
                "SUBMITTED");
        ((ObjectNode) state(noVersion).at("/entries/0")).remove("version");

        publish(TIME_ENTRIES_IMPORTED, project, badDate);
        publish(TIME_ENTRIES_IMPORTED, project, noVersion);
        awaitHandled(publish(TIME_ENTRIES_IMPORTED, project, importedEntry(imported(project), behind, 1, person,
                MARCH_2, 2, "180.00", "SUBMITTED")));

        for (UUID parked : List.of(unreadable, versionless)) {
            assertThat(TopicClient.awaitRecord(Topics.deadLetter(Topics.RESOURCES),
                    record -> record.value() != null && record.value().contains(parked.toString()),
                    Duration.ofSeconds(90))).isNotEmpty();
        }
        assertRow("select hours, cost_amount, version from project_time_entry where id = ?1", behind)
                .containsExactly(new BigDecimal("2"), new BigDecimal("180.00"), 1L);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Project.getEntityManager()
                .createNativeQuery("select count(*) from project_time_entry where id in (?1, ?2)")
                .setParameter(1, unreadable).setParameter(2, versionless).getSingleResult()))
                .isEqualTo(0L);
    }

    private static ObjectArrayAssert<Object> assertRow(String sql, UUID id) {
        return assertThat(row(sql, id)).usingComparatorForType(BigDecimal::compareTo, BigDecimal.class);
    }

    private static Object[] row(String sql, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = (Object[]) Project.getEntityManager().createNativeQuery(sql).setParameter(1, id)
                    .getSingleResult();
            for (int i = 0; i < row.length; i++) {
                if (row[i] instanceof LocalDate date) {
                    row[i] = Date.valueOf(date);
                } else if (row[i] instanceof Number number && !(number instanceof BigDecimal)) {
                    row[i] = number.longValue();
                } else if (row[i] instanceof Character character) {
                    row[i] = character.toString();
                }
            }
            return row;
        });
    }
}
