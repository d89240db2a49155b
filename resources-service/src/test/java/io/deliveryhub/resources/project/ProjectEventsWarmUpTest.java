package io.deliveryhub.resources.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.deliveryhub.platform.warmup.WarmUp;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The warm-up before readiness applies project events for real and keeps nothing of them (switched off in tests). */
@QuarkusTest
class ProjectEventsWarmUpTest {

    @Inject
    WarmUp warmUp;

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource
    URL service;

    @Test
    void runsEveryRoundWithoutFailureAndLeavesNoProjectBehind() throws Exception {
        AtomicInteger rounds = new AtomicInteger();

        WarmUp.Report report = warmUp.warm(service.toURI(), Duration.ofSeconds(60), () -> rounds.incrementAndGet() == 5);

        assertThat(report.failed()).isEmpty();
        assertThat(report.rounds()).isEqualTo(5);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from known_project where key = 'WARM-UP'")) {
            rows.next();
            assertThat(rows.getLong(1)).isZero();
        }
    }
}
