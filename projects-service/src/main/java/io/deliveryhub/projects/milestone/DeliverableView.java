package io.deliveryhub.projects.milestone;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A deliverable as the API and the {@code deliveryhub.deliverable.*} events show it. */
@Schema(name = "Deliverable", examples = """
        {"id":"8c2d4e6f-1a3b-4c5d-8e9f-0a1b2c3d4e50","milestoneId":"5b3e8a61-2c4d-4e8f-9a1b-3c5d7e9f1a20",
         "projectId":"3d0f4a5e-2b8c-4f1a-9e6d-7c5b4a3f2e10","name":"UX designs","description":"Figma screens",
         "reviewStatus":"ACCEPTED","reviewNotes":"Approved by the client's product owner",
         "reviewedBy":"person-0b7d...","reviewedAt":"2026-03-26T10:00:00Z","version":3,
         "createdAt":"2026-03-02T09:00:00Z","updatedAt":"2026-03-26T10:00:00Z"}""")
public record DeliverableView(UUID id, UUID milestoneId, UUID projectId, String name, String description,
        ReviewStatus reviewStatus, String reviewNotes, String reviewedBy, Instant reviewedAt, long version,
        Instant createdAt, Instant updatedAt) {

    public static DeliverableView of(Deliverable deliverable) {
        return new DeliverableView(deliverable.id, deliverable.milestoneId, deliverable.projectId, deliverable.name,
                deliverable.description, deliverable.reviewStatus, deliverable.reviewNotes, deliverable.reviewedBy,
                deliverable.reviewedAt, deliverable.version, deliverable.createdAt, deliverable.updatedAt);
    }
}
