package io.deliveryhub.projects.closurereview;

import io.deliveryhub.platform.events.AggregateChange;
import io.deliveryhub.platform.problem.Conflict;
import io.deliveryhub.platform.problem.NotFound;
import io.deliveryhub.projects.history.ProjectEvents;
import io.deliveryhub.projects.project.Project;
import io.deliveryhub.projects.project.ProjectService;
import io.deliveryhub.projects.project.ProjectStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

@ApplicationScoped
public class ClosureReviewService {

    static final String CLOSURE_REVIEW_RECORDED = "deliveryhub.project.closure-review-recorded.v1";

    private final ProjectService projects;
    private final ProjectEvents events;
    private final Clock clock;

    public ClosureReviewService(ProjectService projects, ProjectEvents events, Clock clock) {
        this.projects = projects;
        this.events = events;
        this.clock = clock;
    }

    /** Records or replaces the review; the result says whether it was new (201) or replaced (200). */
    @Transactional
    public Recorded record(String idOrKey, ClosureReviewRequest request, String actor) {
        Project project = projects.lockForChange(idOrKey);
        if (project.status != ProjectStatus.COMPLETED) {
            throw new Conflict("closure-review-not-open", "A closure review is recorded once the project is"
                    + " COMPLETED and before it is CLOSED; project " + project.key + " is " + project.status);
        }
        Instant now = clock.instant();
        ClosureReview review = ClosureReview.<ClosureReview> findByIdOptional(project.id, LockModeType.PESSIMISTIC_WRITE)
                .orElse(null);
        boolean created = review == null;
        ClosureReviewView before = created ? null : ClosureReviewView.of(review);
        if (created) {
            review = new ClosureReview();
            review.projectId = project.id;
            review.version = 1;
            review.createdAt = now;
        } else {
            review.version++;
        }
        review.lessonsLearned = request.lessonsLearned().strip();
        review.whatWentWell = request.whatWentWell();
        review.whatToImprove = request.whatToImprove();
        review.recordedBy = actor;
        review.updatedAt = now;
        review.persist();
        ClosureReviewView view = ClosureReviewView.of(review);
        events.publish(CLOSURE_REVIEW_RECORDED, project.id, project.id, now, created
                ? AggregateChange.created(view.version(), actor, view)
                : AggregateChange.updated(view.version(), actor, before, view));
        return new Recorded(view, created);
    }

    public ClosureReviewView get(String idOrKey) {
        Project project = projects.find(idOrKey);
        return ClosureReview.<ClosureReview> findByIdOptional(project.id).map(ClosureReviewView::of)
                .orElseThrow(() -> new NotFound("Closure review of project", idOrKey));
    }

    public record Recorded(ClosureReviewView review, boolean created) {
    }
}
