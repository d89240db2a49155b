package io.deliveryhub.metrics.projectkpi;

import io.deliveryhub.metrics.project.Project;
import io.deliveryhub.metrics.timeentry.ProjectCosts;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A project's facts from the read models the projects consumer (V4) and the resources consumer (V6) keep: read as
 * {@link ProjectFactsBatch} reads many projects', with the time booked per day.
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
}
