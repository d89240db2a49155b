package io.deliveryhub.projects.closurereview;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** What the project lifecycle asks of closure reviews, so that it does not read the entity. */
@ApplicationScoped
public class ClosureReviews {

    /** Closing a project needs its closure review. */
    public boolean existsFor(UUID projectId) {
        return ClosureReview.existsFor(projectId);
    }
}
