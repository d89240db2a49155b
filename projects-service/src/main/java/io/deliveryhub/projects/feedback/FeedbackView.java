package io.deliveryhub.projects.feedback;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Client feedback as the API and {@code deliveryhub.feedback.received.v1} show it. */
@Schema(name = "Feedback", examples = """
        {"id":"4a6c8e0f-2b4d-4f6a-8c0e-2b4d6f8a0c90","projectId":"3d0f4a5e-2b8c-4f1a-9e6d-7c5b4a3f2e10",
         "milestoneId":"5b3e8a61-2c4d-4e8f-9a1b-3c5d7e9f1a20","csat":4,"nps":9,
         "comment":"Great sprint demos, release notes could be clearer","receivedBy":"person-0b7d...","version":1,
         "createdAt":"2026-03-31T12:00:00Z","updatedAt":"2026-03-31T12:00:00Z"}""")
public record FeedbackView(UUID id, UUID projectId, UUID milestoneId, Integer csat, Integer nps, String comment,
        String receivedBy, long version, Instant createdAt, Instant updatedAt) {

    public static FeedbackView of(Feedback feedback) {
        return new FeedbackView(feedback.id, feedback.projectId, feedback.milestoneId, feedback.csat, feedback.nps,
                feedback.comment, feedback.receivedBy, feedback.version, feedback.createdAt, feedback.updatedAt);
    }
}
