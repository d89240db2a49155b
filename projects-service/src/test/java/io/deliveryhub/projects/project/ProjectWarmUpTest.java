package io.deliveryhub.projects.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.deliveryhub.platform.warmup.WarmUp;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The warm-up before readiness runs the create paths for real and keeps nothing of them (switched off in tests). */
@QuarkusTest
class ProjectWarmUpTest {

    @Inject
    WarmUp warmUp;

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource
    URL service;

    @Test
    void runsEveryRoundWithoutFailureAndLeavesNoClientProjectOrEventBehind() throws Exception {
        AtomicInteger rounds = new AtomicInteger();

        WarmUp.Report report = warmUp.warm(service.toURI(), Duration.ofSeconds(60), () -> rounds.incrementAndGet() == 5);

        assertThat(report.failed()).isEmpty();
        assertThat(report.rounds()).isEqualTo(5);
        assertThat(count("select count(*) from client where name = 'Warm-up client'")).isZero();
        assertThat(count("select count(*) from project where key = 'WARM-UP'")).isZero();
        assertThat(count("select count(*) from outbox where payload like '%\"actor\":\"warm-up\"%'")).isZero();
    }

    @Test
    void stopsAtItsTimeLimit() throws Exception {
        WarmUp.Report report = warmUp.warm(service.toURI(), Duration.ZERO, () -> false);

        assertThat(report.rounds()).isZero();
    }

    @Test
    void stopsAfterTheRoundThatLeftTheCompilersIdle() throws Exception {
        WarmUp.Report report = warmUp.warm(service.toURI(), Duration.ofSeconds(60), () -> true);

        assertThat(report.rounds()).isEqualTo(1);
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
