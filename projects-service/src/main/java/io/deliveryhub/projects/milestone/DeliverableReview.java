package io.deliveryhub.projects.milestone;

import io.deliveryhub.platform.problem.BadRequest;
import io.deliveryhub.platform.problem.Conflict;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The quality gate of a deliverable: drafted, submitted for review, then accepted or rejected. A rejected
 * deliverable goes back to DRAFT for rework or straight back into review; an accepted one is final,
 * because the milestone's acceptance rests on it. A rejection must say why.
 */
public final class DeliverableReview {

    private static final Map<ReviewStatus, Set<ReviewStatus>> ALLOWED = Map.of(
            ReviewStatus.DRAFT, EnumSet.of(ReviewStatus.IN_REVIEW),
            ReviewStatus.IN_REVIEW, EnumSet.of(ReviewStatus.ACCEPTED, ReviewStatus.REJECTED, ReviewStatus.DRAFT),
            ReviewStatus.REJECTED, EnumSet.of(ReviewStatus.IN_REVIEW, ReviewStatus.DRAFT),
            ReviewStatus.ACCEPTED, EnumSet.noneOf(ReviewStatus.class));

    private DeliverableReview() {
    }

    public static Set<ReviewStatus> allowedFrom(ReviewStatus from) {
        return ALLOWED.get(from);
    }

    public static void require(ReviewStatus from, ReviewStatus to, String notes) {
        if (!ALLOWED.get(from).contains(to)) {
            throw new Conflict("illegal-review-transition", "The deliverable is " + from + "; it can move to "
                    + (ALLOWED.get(from).isEmpty() ? "nothing (ACCEPTED is final)" : ALLOWED.get(from).toString())
                    + ", not " + to);
        }
        if (to == ReviewStatus.REJECTED && (notes == null || notes.isBlank())) {
            throw BadRequest.ofField("notes", "must say why the deliverable is rejected");
        }
    }
}
