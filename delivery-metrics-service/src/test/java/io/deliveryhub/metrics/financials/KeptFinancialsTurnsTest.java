package io.deliveryhub.metrics.financials;

import static io.deliveryhub.platform.security.Roles.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.deliveryhub.metrics.MoneyFeed;
import io.deliveryhub.metrics.money.MoneyFactsVersion;
import io.deliveryhub.metrics.projectkpi.ProjectFilter;
import io.deliveryhub.platform.persistence.ReplicaLocks;
import io.deliveryhub.testkit.Api;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

/**
 * A day's financials are computed by one thread at a time, of this replica or another one: those that find the day
 * stale at once wait their turn and then find it computed, so only one writes; another day goes on meanwhile.
 */
@QuarkusTest
class KeptFinancialsTurnsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 4, 30);
    private static final LocalDate OTHER_DAY = LocalDate.of(2026, 4, 29);

    @Inject
    KeptFinancials kept;

    @Inject
    FinancialFactsRepository facts;

    @Inject
    MoneyFactsVersion versions;

    @Inject
    KeptRows rows;

    @Inject
    ReplacedRows replaced;

    @Inject
    Session session;

    @Inject
    EntityManager entityManager;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void twoComputationsOfADayDoNotBothWriteAndAnotherDayGoesOnMeanwhile() throws Exception {
        ProjectFilter filter = new ProjectFilter(bookedProject(), null, null);
        // another replica, with its own threads' turns and the same database
        KeptFinancials otherReplica = new KeptFinancials(facts, versions, rows, replaced,
                new ReplicaLocks(entityManager, dataSource), session, kept.pageSize());

        try (Connection computing = dataSource.getConnection()) {
            // a third replica computing the day holds its turn
            advisory(computing, "pg_advisory_lock", KeptFinancials.turn(DAY));
            Refresh first = Refresh.started(() -> kept.refresh(DAY, filter));
            Refresh second = Refresh.started(() -> kept.refresh(DAY, filter));
            Refresh elsewhere = Refresh.started(() -> otherReplica.refresh(DAY, filter));
            // one thread of each replica waits for the database's lock, the other of this one behind it in memory
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> waitingForTheDatabase() == 2
                    && (first.waitingItsTurnHere() || second.waitingItsTurnHere()));

            Refresh otherDay = Refresh.started(() -> kept.refresh(OTHER_DAY, filter));
            assertThat(otherDay.task().get(60, TimeUnit.SECONDS)).as("another day computed meanwhile").isTrue();
            assertThat(List.of(first, second, elsewhere)).noneMatch(refresh -> refresh.task().isDone());

            advisory(computing, "pg_advisory_unlock", KeptFinancials.turn(DAY));
            List<Boolean> wrote = Arrays.asList(first.task().get(60, TimeUnit.SECONDS),
                    second.task().get(60, TimeUnit.SECONDS), elsewhere.task().get(60, TimeUnit.SECONDS));
            assertThat(wrote).as("which of them computed and wrote the day").containsExactlyInAnyOrder(true, false,
                    false);
        }
    }

    /** A project of a delivery manager of its own with time booked before both days; returns the manager. */
    private static UUID bookedProject() {
        UUID manager = UUID.randomUUID();
        MoneyFeed.bookedProject(UUID.randomUUID(), manager, LocalDate.of(2026, 6, 30), UUID.randomUUID(),
                LocalDate.of(2026, 4, 2));
        String portfolio = "/api/v1/metrics/portfolio/financials?asOf=2026-04-15&deliveryManagerId=" + manager;
        Awaitility.await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> assertThat(Api.as(HEAD_OF_DELIVERY)
                .get(portfolio).then().statusCode(200).extract().jsonPath().getString("actual.revenue"))
                .isEqualTo("720.00"));
        return manager;
    }

    /** A refresh running on a thread of its own. */
    private record Refresh(Thread thread, FutureTask<Boolean> task) {

        static Refresh started(Callable<Boolean> refresh) {
            FutureTask<Boolean> task = new FutureTask<>(refresh);
            Thread thread = new Thread(task);
            thread.start();
            return new Refresh(thread, task);
        }

        /** Parked behind another thread of this replica (one waiting for the database reads from its socket). */
        boolean waitingItsTurnHere() {
            return thread.getState() == Thread.State.WAITING && Arrays.stream(thread.getStackTrace())
                    .anyMatch(frame -> frame.getMethodName().equals("runInTurn"));
        }
    }

    /** How many connections wait for an advisory lock another holds. */
    private long waitingForTheDatabase() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                ResultSet waiting = connection.createStatement().executeQuery(
                        "select count(*) from pg_locks where locktype = 'advisory' and not granted")) {
            waiting.next();
            return waiting.getLong(1);
        }
    }

    private static void advisory(Connection connection, String function, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select 1 from " + function + "(hashtextextended(?, 0))")) {
            statement.setString(1, name);
            statement.execute();
        }
    }
}
