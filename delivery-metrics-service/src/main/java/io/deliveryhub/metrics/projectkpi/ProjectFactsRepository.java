package io.deliveryhub.metrics.projectkpi;

import io.deliveryhub.metrics.project.Project;
import io.deliveryhub.metrics.timeentry.ProjectCosts;
import io.deliveryhub.platform.persistence.Columns;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;

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

    // Kept for ProjectFactsBatch's index reads until it reads typed rows; the conversions are Columns'.
    static LocalDate date(Object value) {
        return Columns.date(value);
    }

    static LocalDate utcDay(Object value) {
        return ProjectFacts.utcDay(Columns.instant(value));
    }

    static Integer integer(Object value) {
        return Columns.integer(value);
    }

    static String trimmed(Object currency) {
        return Columns.trimmed(currency);
    }
}
