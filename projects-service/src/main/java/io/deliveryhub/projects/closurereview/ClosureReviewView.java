package io.deliveryhub.projects.closurereview;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClosureReview")
public record ClosureReviewView(UUID projectId, String lessonsLearned, String whatWentWell, String whatToImprove,
        String recordedBy, long version, Instant createdAt, Instant updatedAt) {

    static ClosureReviewView of(ClosureReview review) {
        return new ClosureReviewView(review.projectId, review.lessonsLearned, review.whatWentWell,
                review.whatToImprove, review.recordedBy, review.version, review.createdAt, review.updatedAt);
    }
}
