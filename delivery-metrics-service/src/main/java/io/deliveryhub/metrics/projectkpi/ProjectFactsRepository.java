package io.deliveryhub.metrics.projectkpi;

import io.deliveryhub.metrics.project.Project;
import io.deliveryhub.metrics.timeentry.ProjectCosts;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A project's facts from the read models the projects consumer (V4) and the resources consumer (V6) keep: read as
 * {@link ProjectFactsBatch} reads many projects', with the time booked per day; and how their columns convert.
 */
@ApplicationScoped
class ProjectFactsRepository {

    private final ProjectFactsBatch batch;
    private final ProjectCosts costs;

    ProjectFactsRepository(ProjectFactsBatch batch, ProjectCosts costs) {
        this.batch = batch;
        this.costs = costs;
    }

    ProjectFacts of(Project project) {
        return batch.of(project, costs.of(project.id));
    }

    // The JDBC types of native results depend on the driver and Hibernate's settings: convert what may come.
    static LocalDate date(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    static LocalDate utcDay(Object value) {
        Instant instant = value instanceof OffsetDateTime time ? time.toInstant()
                : value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
        return ProjectFacts.utcDay(instant);
    }

    static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    static String trimmed(Object currency) {
        return currency == null ? null : currency.toString().trim();
    }
}
