package io.deliveryhub.projects.closurereview;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClosureReview", examples = """
        {"projectId":"3d0f4a5e-2b8c-4f1a-9e6d-7c5b4a3f2e10",
         "lessonsLearned":"Agree the test data strategy with the bank before sprint 1",
         "whatWentWell":"Weekly demos kept the client close","whatToImprove":"Earlier performance testing",
         "recordedBy":"person-1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed","version":1,
         "createdAt":"2026-10-20T16:00:00Z","updatedAt":"2026-10-20T16:00:00Z"}""")
public record ClosureReviewView(UUID projectId, String lessonsLearned, String whatWentWell, String whatToImprove,
        String recordedBy, long version, Instant createdAt, Instant updatedAt) {

    static ClosureReviewView of(ClosureReview review) {
        return new ClosureReviewView(review.projectId, review.lessonsLearned, review.whatWentWell,
                review.whatToImprove, review.recordedBy, review.version, review.createdAt, review.updatedAt);
    }
}
