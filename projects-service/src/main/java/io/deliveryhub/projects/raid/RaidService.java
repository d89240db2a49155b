package io.deliveryhub.projects.raid;

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
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class RaidService {

    static final String RAISED = "deliveryhub.raid-item.raised.v1";
    static final String UPDATED = "deliveryhub.raid-item.updated.v1";
    private static final Map<String, String> SORTABLE = Map.of("score", "score", "dueDate", "dueDate",
            "title", "title", "status", "status", "createdAt", "createdAt");

    private final ProjectService projects;
    private final ProjectEvents events;
    private final MergePatch mergePatch;
    private final Clock clock;

    public RaidService(ProjectService projects, ProjectEvents events, MergePatch mergePatch, Clock clock) {
        this.projects = projects;
        this.events = events;
        this.mergePatch = mergePatch;
        this.clock = clock;
    }

    @Transactional
    public RaidItemView raise(String idOrKey, RaiseRaidItemRequest request, String actor) {
        return raise(projects.openForRecords(idOrKey, "RAID items"), request, actor);
    }

    /** Also used when a project is started from a template, inside that transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public RaidItemView raise(Project project, RaiseRaidItemRequest request, String actor) {
        RaidItem item = new RaidItem();
        item.stampCreated(clock.instant());
        item.projectId = project.id;
        item.type = request.type();
        item.title = request.title().strip();
        item.description = request.description();
        item.probability = request.probability();
        item.impact = request.impact();
        item.owner = request.owner();
        item.mitigation = request.mitigation();
        item.dueDate = request.dueDate();
        item.status = request.status() == null ? RaidStatus.OPEN : request.status();
        EscalationLevel asked = request.escalationLevel() == null ? EscalationLevel.PROJECT : request.escalationLevel();
        String escalated = score(item, asked);
        item.persist();
        RaidItemView view = RaidItemView.of(item);
        AggregateChange change = AggregateChange.created(item.version, actor, view);
        events.publish(RAISED, project.id, item.id, item.createdAt, escalated == null ? change : change.because(escalated));
        return view;
    }

    public ResultPage<RaidItemView> list(String idOrKey, PageRequest page, RaidFilter filter) {
        List<String> conditions = new ArrayList<>(List.of("projectId = :project"));
        Parameters parameters = Parameters.with("project", projects.find(idOrKey).id);
        if (filter.type() != null) {
            conditions.add("type = :type");
            parameters.and("type", filter.type());
        }
        if (filter.status() != null) {
            conditions.add("status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.minScore() != null) {
            conditions.add("score >= :minScore");
            parameters.and("minScore", filter.minScore());
        }
        // The worst first unless the caller sorts otherwise: that is how a RAID log is read.
        Sort sort = page.sort == null || page.sort.isBlank()
                ? Sort.descending("score").and("createdAt")
                : page.toSort(SORTABLE, "createdAt");
        return ResultPage.of(RaidItem.<RaidItem> find(String.join(" and ", conditions), sort, parameters), page,
                RaidItemView::of);
    }

    public RaidItemView get(String idOrKey, UUID itemId) {
        UUID projectId = projects.find(idOrKey).id;
        return RaidItem.<RaidItem> findByIdOptional(itemId)
                .filter(item -> item.projectId.equals(projectId))
                .map(RaidItemView::of)
                .orElseThrow(() -> new NotFound("RAID item", itemId));
    }

    @Transactional
    public RaidItemView patch(String idOrKey, UUID itemId, String ifMatch, JsonNode patch, String actor) {
        UUID projectId = projects.openForRecords(idOrKey, "RAID items").id;
        RaidItem item = RaidItem.<RaidItem> findByIdOptional(itemId, LockModeType.PESSIMISTIC_WRITE)
                .filter(found -> found.projectId.equals(projectId))
                .orElseThrow(() -> new NotFound("RAID item", itemId));
        ETags.requireMatch(ifMatch, item.version);
        RaidItemEdit current = RaidItemEdit.of(item);
        RaidItemEdit edit = mergePatch.apply(current, patch, RaidItemEdit.class,
                Set.of("type", "score", "id", "projectId"));
        if (edit.equals(current)) {
            return RaidItemView.of(item);
        }
        RaidItemView before = RaidItemView.of(item);
        item.title = edit.title().strip();
        item.description = edit.description();
        item.probability = edit.probability();
        item.impact = edit.impact();
        item.owner = edit.owner();
        item.mitigation = edit.mitigation();
        item.dueDate = edit.dueDate();
        item.status = edit.status();
        String escalated = score(item, edit.escalationLevel());
        item.stampChanged(clock.instant());
        RaidItemView after = RaidItemView.of(item);
        AggregateChange change = AggregateChange.updated(item.version, actor, before, after);
        events.publish(UPDATED, projectId, item.id, item.updatedAt, escalated == null ? change : change.because(escalated));
        return after;
    }

    /** Sets score and escalation level; says why when the level was raised above the one asked for. */
    private static String score(RaidItem item, EscalationLevel asked) {
        item.score = RaidScoring.score(item.probability, item.impact);
        item.escalationLevel = RaidScoring.escalation(item.type, item.status, item.score, asked);
        return item.escalationLevel == asked ? null : "score " + item.score + " >= " + RaidScoring.ESCALATION_THRESHOLD
                + " on a live risk: escalated to " + item.escalationLevel + " automatically";
    }
}
