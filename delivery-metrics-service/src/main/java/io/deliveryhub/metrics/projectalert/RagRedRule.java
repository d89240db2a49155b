package io.deliveryhub.metrics.projectalert;

import io.deliveryhub.metrics.alert.Breach;
import io.deliveryhub.metrics.projectkpi.ProjectKpis;
import jakarta.inject.Singleton;
import java.util.Optional;

/** The latest status report of a watched project (dated on or before today) is RED overall. */
@Singleton
public class RagRedRule extends ProjectKpiRule {

    static final String NAME = "RAG_RED";

    public RagRedRule(WatchedProjects projects) {
        super(projects);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    Optional<Breach> breach(ProjectKpis project) {
        if (!ProjectAlertConditions.isRed(project.rag())) {
            return Optional.empty();
        }
        return Optional.of(new Breach(NAME, project.projectId(), project.projectId(),
                "The latest status report of " + project.key() + " is RED", null, null));
    }
}
