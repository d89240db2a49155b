package io.deliveryhub.projects.raid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A RAID item as the API and the {@code deliveryhub.raid-item.*} events show it. */
@Schema(name = "RaidItem", examples = """
        {"id":"9d1e3f5a-7b9c-4d1e-8f3a-5b7c9d1e3f80","projectId":"3d0f4a5e-2b8c-4f1a-9e6d-7c5b4a3f2e10",
         "type":"RISK","title":"Client HSM credentials late","description":"Vault integration needs them",
         "probability":4,"impact":4,"score":16,"owner":"Jane Doe","mitigation":"Escalate to the client's CISO",
         "dueDate":"2026-03-20","status":"OPEN","escalationLevel":"DELIVERY_MANAGER","version":1,
         "createdAt":"2026-03-06T16:00:00Z","updatedAt":"2026-03-06T16:00:00Z"}""")
public record RaidItemView(UUID id, UUID projectId, RaidType type, String title, String description,
        int probability, int impact, @Schema(description = "probability × impact, 1–25") int score, String owner,
        String mitigation, LocalDate dueDate, RaidStatus status, EscalationLevel escalationLevel, long version,
        Instant createdAt, Instant updatedAt) {

    public static RaidItemView of(RaidItem item) {
        return new RaidItemView(item.id, item.projectId, item.type, item.title, item.description, item.probability,
                item.impact, item.score, item.owner, item.mitigation, item.dueDate, item.status,
                item.escalationLevel, item.version, item.createdAt, item.updatedAt);
    }
}
