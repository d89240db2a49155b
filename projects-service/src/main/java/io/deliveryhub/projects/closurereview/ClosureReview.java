package io.deliveryhub.projects.closurereview;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One per project, keyed by it; closing the project needs it (docs/architecture.md#lifecycle). */
@Entity
@Table(name = "closure_review")
public class ClosureReview extends PanacheEntityBase {

    @Id
    @Column(name = "project_id")
    public UUID projectId;
    @Column(name = "lessons_learned")
    public String lessonsLearned;
    @Column(name = "what_went_well")
    public String whatWentWell;
    @Column(name = "what_to_improve")
    public String whatToImprove;
    @Column(name = "recorded_by")
    public String recordedBy;
    public long version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public static boolean existsFor(UUID projectId) {
        return count("projectId", projectId) > 0;
    }
}
