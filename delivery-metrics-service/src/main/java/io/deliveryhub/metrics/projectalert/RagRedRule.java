package io.deliveryhub.metrics.projectalert;

import io.deliveryhub.metrics.alert.ProjectAlertRule;
import io.deliveryhub.metrics.alert.Breach;
import io.deliveryhub.metrics.projectkpi.ProjectKpis;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The latest status report of a watched project (dated on or before today) is RED overall. */
@ApplicationScoped
public class RagRedRule implements ProjectAlertRule {

    static final String NAME = "RAG_RED";

    private final WatchedProjects projects;

    public RagRedRule(WatchedProjects projects) {
        this.projects = projects;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Breach> breachesOn(LocalDate day) {
        return projects.breachesOn(day, this::breach);
    }

    @Override
    public List<Breach> breachesOn(LocalDate day, Set<UUID> projectIds) {
        return projects.breachesOn(day, projectIds, this::breach);
    }

    private Optional<Breach> breach(ProjectKpis project) {
        if (!ProjectAlertConditions.isRed(project.rag())) {
            return Optional.empty();
        }
        return Optional.of(new Breach(NAME, project.projectId(), project.projectId(),
                "The latest status report of " + project.key() + " is RED", null, null));
    }
}
