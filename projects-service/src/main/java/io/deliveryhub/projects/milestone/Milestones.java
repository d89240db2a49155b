package io.deliveryhub.projects.milestone;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** What other features ask of a project's milestones, so that none of them reads the entity. */
@ApplicationScoped
public class Milestones {

    /** The project's milestones neither DONE nor WAIVED: completing the project waits for them. */
    public long unfinished(UUID projectId) {
        return Milestone.count("projectId = ?1 and status not in ?2", projectId,
                List.of(MilestoneStatus.DONE, MilestoneStatus.WAIVED));
    }

    /** Whether the milestone exists and is one of the project's. */
    public boolean isOf(UUID milestoneId, UUID projectId) {
        return Milestone.<Milestone> findByIdOptional(milestoneId)
                .filter(milestone -> milestone.projectId.equals(projectId)).isPresent();
    }
}
