package io.deliveryhub.projects.milestone;

import com.fasterxml.jackson.databind.JsonNode;
import io.deliveryhub.platform.events.AggregateChange;
import io.deliveryhub.platform.problem.NotFound;
import io.deliveryhub.platform.web.ETags;
import io.deliveryhub.platform.web.MergePatch;
import io.deliveryhub.platform.web.PageRequest;
import io.deliveryhub.platform.web.ResultPage;
import io.deliveryhub.projects.history.ProjectEvents;
import io.deliveryhub.projects.project.Project;
import io.deliveryhub.projects.project.ProjectService;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class DeliverableService {

    static final String CREATED = "deliveryhub.deliverable.created.v1";
    static final String UPDATED = "deliveryhub.deliverable.updated.v1";
    static final String REVIEWED = "deliveryhub.deliverable.reviewed.v1";
    private static final Map<String, String> SORTABLE = Map.of("name", "name", "reviewStatus", "reviewStatus",
            "createdAt", "createdAt");

    private final MilestoneService milestones;
    private final ProjectService projects;
    private final ProjectEvents events;
    private final MergePatch mergePatch;
    private final Clock clock;

    public DeliverableService(MilestoneService milestones, ProjectService projects, ProjectEvents events,
            MergePatch mergePatch, Clock clock) {
        this.milestones = milestones;
        this.projects = projects;
        this.events = events;
        this.mergePatch = mergePatch;
        this.clock = clock;
    }

    @Transactional
    public DeliverableView create(String idOrKey, UUID milestoneId, CreateDeliverableRequest request, String actor) {
        Project project = milestones.writable(idOrKey);
        // The milestone's row lock orders this against a concurrent acceptance, which checks its deliverables.
        Milestone milestone = milestones.lock(project, milestoneId);
        MilestoneRules.requireEditable(milestone.status, milestone.acceptedOn != null);
        Deliverable deliverable = new Deliverable();
        deliverable.stampCreated(clock.instant());
        deliverable.milestoneId = milestone.id;
        deliverable.projectId = project.id;
        deliverable.name = request.name().strip();
        deliverable.description = request.description();
        deliverable.reviewStatus = ReviewStatus.DRAFT;
        deliverable.persist();
        DeliverableView view = DeliverableView.of(deliverable);
        events.publish(CREATED, project.id, deliverable.id, deliverable.createdAt,
                AggregateChange.created(deliverable.version, actor, view));
        return view;
    }

    public ResultPage<DeliverableView> list(String idOrKey, UUID milestoneId, PageRequest page) {
        Milestone milestone = milestones.find(projects.find(idOrKey), milestoneId);
        return ResultPage.of(Deliverable.<Deliverable> find("milestoneId = :milestone", page.toSort(SORTABLE, "name"),
                Parameters.with("milestone", milestone.id)), page, DeliverableView::of);
    }

    public DeliverableView get(String idOrKey, UUID milestoneId, UUID deliverableId) {
        Milestone milestone = milestones.find(projects.find(idOrKey), milestoneId);
        return DeliverableView.of(Deliverable.<Deliverable> findByIdOptional(deliverableId)
                .filter(deliverable -> deliverable.milestoneId.equals(milestone.id))
                .orElseThrow(() -> new NotFound("Deliverable", deliverableId)));
    }

    @Transactional
    public DeliverableView patch(String idOrKey, UUID milestoneId, UUID deliverableId, String ifMatch, JsonNode patch,
            String actor) {
        Milestone milestone = milestones.lock(milestones.writable(idOrKey), milestoneId);
        Deliverable deliverable = lock(milestone, deliverableId);
        ETags.requireMatch(ifMatch, deliverable.version);
        DeliverableEdit current = new DeliverableEdit(deliverable.name, deliverable.description);
        DeliverableEdit edit = mergePatch.apply(current, patch, DeliverableEdit.class,
                Set.of("reviewStatus", "reviewNotes", "milestoneId", "projectId"));
        DeliverableView before = DeliverableView.of(deliverable);
        if (edit.equals(current)) {
            return before;
        }
        deliverable.name = edit.name().strip();
        deliverable.description = edit.description();
        return changed(deliverable, before, UPDATED, actor);
    }

    @Transactional
    public DeliverableView review(String idOrKey, UUID milestoneId, UUID deliverableId,
            ReviewDeliverableRequest request, String actor) {
        Milestone milestone = milestones.lock(milestones.writable(idOrKey), milestoneId);
        Deliverable deliverable = lock(milestone, deliverableId);
        DeliverableReview.require(deliverable.reviewStatus, request.status(), request.notes());
        DeliverableView before = DeliverableView.of(deliverable);
        deliverable.reviewStatus = request.status();
        deliverable.reviewNotes = request.notes();
        deliverable.reviewedBy = actor;
        deliverable.reviewedAt = clock.instant();
        return changed(deliverable, before, REVIEWED, actor);
    }

    private Deliverable lock(Milestone milestone, UUID deliverableId) {
        return Deliverable.<Deliverable> findByIdOptional(deliverableId, LockModeType.PESSIMISTIC_WRITE)
                .filter(deliverable -> deliverable.milestoneId.equals(milestone.id))
                .orElseThrow(() -> new NotFound("Deliverable", deliverableId));
    }

    private DeliverableView changed(Deliverable deliverable, DeliverableView before, String type, String actor) {
        deliverable.stampChanged(clock.instant());
        DeliverableView after = DeliverableView.of(deliverable);
        events.publish(type, deliverable.projectId, deliverable.id, deliverable.updatedAt,
                AggregateChange.updated(deliverable.version, actor, before, after));
        return after;
    }
}
