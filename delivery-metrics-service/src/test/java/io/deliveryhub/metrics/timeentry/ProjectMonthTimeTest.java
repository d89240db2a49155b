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
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** project_month_time (V43) holds the sums of the time entries, whatever happens to them. */
@QuarkusTest
class ProjectMonthTimeTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

    /** The entries summed now, set against the table: the rows that differ, in one statement (one snapshot). */
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
                from project_month_time)
            select 'missing ' || s::text as difference from (select * from summed except select * from kept) s
            union all
            select 'wrong ' || k::text from (select * from kept except select * from summed) k""";

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
