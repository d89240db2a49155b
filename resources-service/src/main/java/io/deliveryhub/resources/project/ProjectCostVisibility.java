package io.deliveryhub.resources.project;

import io.deliveryhub.platform.security.CostVisibility;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Whether the caller sees the costs (cost rates, costed hours) on a project's allocations and time entries: on every
 * project for DELIVERY_MANAGER, HEAD_OF_DELIVERY and ADMIN, on the projects they manage for a project manager, as
 * the project events last named them (docs/access.md).
 */
@ApplicationScoped
public class ProjectCostVisibility {

    private final CostVisibility visibility;

    public ProjectCostVisibility(CostVisibility visibility) {
        this.visibility = visibility;
    }

    public boolean on(UUID projectId) {
        return on(List.of(projectId)).test(projectId);
    }

    /** Of these projects (a page's), those whose costs the caller sees, with one query for the lot. */
    public Predicate<UUID> on(Collection<UUID> projectIds) {
        if (visibility.ofAll()) {
            return projectId -> true;
        }
        if (projectIds.isEmpty()) {
            return projectId -> false;
        }
        Set<UUID> shown = KnownProject.<KnownProject> list("id in ?1", Set.copyOf(projectIds)).stream()
                .filter(project -> visibility.of(project.people())).map(project -> project.id)
                .collect(Collectors.toSet());
        return shown::contains;
    }
}
