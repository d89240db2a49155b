package io.deliveryhub.metrics.timeentry;

import static io.deliveryhub.metrics.ResourceFeed.*;
import static io.deliveryhub.platform.security.Roles.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import io.deliveryhub.testkit.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * project_month_time (V43) and person_day_hours (V7) hold the sums of the time entries, whatever happens to them and
 * however many entries a statement changes.
 */
@QuarkusTest
class ProjectMonthTimeTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

    /**
     * The entries summed now, set against the tables: the rows that differ, in one statement (one snapshot). A day
     * whose entries all went keeps its person_day_hours row at zero.
     */
    private static final String DIFFERENCES = """
            with summed as (
                select project_id, person_id, date_trunc('month', entry_date)::date as month, cost_currency,
                       count(*)::integer as entries, count(cost_amount)::integer as costed_entries, sum(hours) as hours,
                       coalesce(sum(hours) filter (where billable), 0) as billable_hours, sum(cost_amount) as cost,
                       coalesce(sum(hours) filter (where cost_amount is null), 0) as uncosted_hours,
                       max(entry_date) as last_day
                from project_time_entry where status <> 'REJECTED' and hours is not null
                group by project_id, person_id, date_trunc('month', entry_date), cost_currency),
            kept as (
                select project_id, person_id, month, cost_currency, entries, costed_entries, hours, billable_hours,
                       cost, uncosted_hours, last_day
                from project_month_time),
            days as (
                select person_id, entry_date as day, sum(hours) as hours,
                       coalesce(sum(hours) filter (where billable), 0) as billable_hours
                from project_time_entry where status <> 'REJECTED' and hours is not null
                group by person_id, entry_date),
            kept_days as (
                select person_id, day, hours, billable_hours from person_day_hours
                where hours <> 0 or billable_hours <> 0)
            select 'missing ' || s::text as difference from (select * from summed except select * from kept) s
            union all
            select 'wrong ' || k::text from (select * from kept except select * from summed) k
            union all
            select 'missing day ' || d::text from (select * from days except select * from kept_days) d
            union all
            select 'wrong day ' || k::text from (select * from kept_days except select * from days) k""";

    @Inject
    EntityManager entityManager;

    @Test
    void sumsTheEntriesThroughInsertsUpdatesDeletesAndARebuild() {
        UUID project = UUID.randomUUID();
        UUID person = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        UUID moved = UUID.randomUUID();
        UUID rejected = UUID.randomUUID();
        UUID lastOfMarch = UUID.randomUUID();
        book(project, moved, person, MARCH_2, 8, "480.00", true, "SUBMITTED");
        book(project, rejected, person, MARCH_2.plusDays(1), 6, "360.00", true, "SUBMITTED");
        book(project, UUID.randomUUID(), person, MARCH_2.plusDays(2), 4, null, false, "APPROVED");
        book(project, lastOfMarch, other, LocalDate.of(2026, 3, 31), 2, "150.00", true, "APPROVED");
        book(project, UUID.randomUUID(), other, LocalDate.of(2026, 3, 20), 3, "225.00", false, "APPROVED");
        var chunk = imported(project);
        importedEntry(chunk, UUID.randomUUID(), 1, person, LocalDate.of(2026, 4, 1), 7.5, "450.00", "APPROVED");
        importedEntry(chunk, UUID.randomUUID(), 1, other, LocalDate.of(2026, 4, 2), 1, null, "APPROVED");
        publish(TIME_ENTRIES_IMPORTED, project, chunk);
        // moved to April with other hours, and a decision that takes an entry out of the sums
        publish(TIME_ENTRY_UPDATED, project, timeEntry(TIME_ENTRY_UPDATED, moved, 2, project, person,
                LocalDate.of(2026, 4, 3), 5, "300.00", true, "SUBMITTED"));
        awaitHandled(publish(TIME_ENTRY_DECIDED, project, timeEntry(TIME_ENTRY_DECIDED, rejected, 2, project, person,
                MARCH_2.plusDays(1), 6, "360.00", true, "REJECTED")));
        Awaitility.await().atMost(PATIENCE).until(() -> monthsOf(project) == 4);
        assertThat(differences()).isEmpty();

        // the month's last entry goes, another changes month and currency, a third loses its hours
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("delete from project_time_entry where id = :id")
                    .setParameter("id", lastOfMarch).executeUpdate();
            entityManager.createNativeQuery("""
                    update project_time_entry set entry_date = date '2026-05-04', cost_currency = 'GBP'
                    where project_id = :project and entry_date = date '2026-04-01'""")
                    .setParameter("project", project).executeUpdate();
            entityManager.createNativeQuery("""
                    update project_time_entry set hours = null
                    where project_id = :project and entry_date = date '2026-03-04'""")
                    .setParameter("project", project).executeUpdate();
        });
        assertThat(lastDay(project, other, LocalDate.of(2026, 3, 1))).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(differences()).isEmpty();

        String location = Api.as(ADMIN).post("/api/v1/admin/metrics/rebuild").then().statusCode(202)
                .extract().header("Location");
        Awaitility.await().atMost(PATIENCE).untilAsserted(() -> Api.as(ADMIN).get(location).then().statusCode(200)
                .body("status", is("COMPLETED")));

        // replayed from the topic: what the events said, summed again
        assertThat(monthsOf(project)).isEqualTo(4);
        assertThat(lastDay(project, other, LocalDate.of(2026, 3, 1))).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(differences()).isEmpty();
    }

    @Test
    void sumsMixedChunksAndStatementsOfManyRows() {
        UUID project = UUID.randomUUID();
        UUID otherProject = UUID.randomUUID();
        List<UUID> people = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        List<UUID> ids = new ArrayList<>();
        var created = imported(project);
        for (int i = 0; i < 24; i++) {
            ids.add(UUID.randomUUID());
            // two entries a day per person, one in five without a cost, over March and April
            importedEntry(created, ids.get(i), 1, people.get(i % 3), MARCH_2.plusDays(i / 6 * 10L), 1 + i % 4,
                    i % 5 == 0 ? null : "100.00", "SUBMITTED");
        }
        publish(TIME_ENTRIES_IMPORTED, project, created);
        var mixed = imported(project);
        importedEntry(mixed, ids.get(0), 2, people.get(1), LocalDate.of(2026, 5, 5), 6, "300.00", "SUBMITTED");
        importedEntry(mixed, ids.get(1), 2, people.get(1), MARCH_2.plusDays(2), 2, "100.00", "REJECTED");
        // an older version than the one applied changes nothing
        importedEntry(mixed, ids.get(2), 1, people.get(0), LocalDate.of(2026, 6, 1), 8, null, "SUBMITTED");
        // named twice in one chunk: the higher version counts
        importedEntry(mixed, ids.get(3), 3, people.get(2), LocalDate.of(2026, 4, 30), 3, null, "APPROVED");
        importedEntry(mixed, ids.get(3), 2, people.get(2), LocalDate.of(2026, 4, 29), 9, "90.00", "APPROVED");
        importedEntry(mixed, UUID.randomUUID(), 1, people.get(0), LocalDate.of(2026, 4, 30), 4.25, "42.50",
                "SUBMITTED");
        awaitHandled(publish(TIME_ENTRIES_IMPORTED, project, mixed));
        assertThat(entry(ids.get(2))).isEqualTo(MARCH_2);
        assertThat(entry(ids.get(3))).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(differences()).isEmpty();

        // statements of many rows: a person's March moves to May (its last day with it), a week changes project
        // and person, some are rejected, others deleted
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("""
                    update project_time_entry set entry_date = entry_date + 61
                    where project_id = :project and person_id = :person and entry_date < date '2026-04-01'""")
                    .setParameter("project", project).setParameter("person", people.get(0)).executeUpdate();
            entityManager.createNativeQuery("""
                    update project_time_entry set project_id = :other, person_id = :person
                    where project_id = :project and entry_date between date '2026-03-09' and date '2026-03-15'""")
                    .setParameter("other", otherProject).setParameter("person", people.get(2))
                    .setParameter("project", project).executeUpdate();
            entityManager.createNativeQuery("""
                    update project_time_entry set status = 'REJECTED'
                    where project_id = :project and person_id = :person and entry_date >= date '2026-04-01'""")
                    .setParameter("project", project).setParameter("person", people.get(1)).executeUpdate();
            entityManager.createNativeQuery("""
                    delete from project_time_entry
                    where project_id = :project and person_id = :person and entry_date < date '2026-04-01'""")
                    .setParameter("project", project).setParameter("person", people.get(1)).executeUpdate();
        });
        assertThat(differences()).isEmpty();
        // one of them has no cost, hence no cost currency: a month row of its own
        assertThat(monthsOf(otherProject)).isEqualTo(2);

        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "delete from project_time_entry where project_id in (:project, :other)")
                .setParameter("project", project).setParameter("other", otherProject).executeUpdate());
        assertThat(monthsOf(project) + monthsOf(otherProject)).isZero();
        assertThat(differences()).isEmpty();
    }

    private static void book(UUID project, UUID id, UUID person, LocalDate date, double hours, String cost,
            boolean billable, String status) {
        publish(TIME_ENTRY_RECORDED, project, timeEntry(TIME_ENTRY_RECORDED, id, 1, project, person, date, hours, cost,
                billable, status));
    }

    private List<?> differences() {
        return QuarkusTransaction.requiringNew().call(
                () -> entityManager.createNativeQuery(DIFFERENCES).getResultList());
    }

    private long monthsOf(UUID project) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from project_month_time where project_id = :project")
                .setParameter("project", project).getSingleResult()).longValue());
    }

    /** The day an entry is stored on. */
    private LocalDate entry(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object day = entityManager.createNativeQuery("select entry_date from project_time_entry where id = :id")
                    .setParameter("id", id).getSingleResult();
            return day instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) day;
        });
    }

    private LocalDate lastDay(UUID project, UUID person, LocalDate month) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object day = entityManager.createNativeQuery("""
                    select last_day from project_month_time
                    where project_id = :project and person_id = :person and month = :month""")
                    .setParameter("project", project).setParameter("person", person).setParameter("month", month)
                    .getSingleResult();
            return day instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) day;
        });
    }
}
