package io.deliveryhub.metrics.projectkpi;

import io.deliveryhub.metrics.readmodel.ReadModel;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The KPI snapshots (today's and past days') are derived from the project read models only, so a rebuild empties them
 * with the facts; the replay refreshes each project's as its facts come back, and the next portfolio read fills the
 * rest.
 */
@ApplicationScoped
class SnapshotReadModel implements ReadModel {

    @Override
    public List<String> tables() {
        return List.of("project_kpi_health_factors", "project_kpi_snapshot", "project_kpi_history");
    }
}
