package io.deliveryhub.metrics.alert;

import io.deliveryhub.platform.events.AggregateChange;
import io.deliveryhub.platform.problem.Conflict;
import io.deliveryhub.platform.problem.NotFound;
import io.deliveryhub.platform.security.ProjectPeople;
import io.deliveryhub.platform.security.ProjectStakes;
import io.deliveryhub.platform.web.PageRequest;
import io.deliveryhub.platform.web.ResultPage;
import io.deliveryhub.metrics.project.Project;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class AlertService {

    private static final Map<String, String> SORTABLE = Map.of("raisedAt", "raisedAt", "rule", "rule",
            "status", "status");

    private final AlertEvents events;
    private final ProjectStakes stakes;
    private final Clock clock;

    public AlertService(AlertEvents events, ProjectStakes stakes, Clock clock) {
        this.events = events;
        this.stakes = stakes;
        this.clock = clock;
    }

    public record AlertFilter(AlertStatus status, UUID projectId, String rule) {
    }

    public ResultPage<AlertView> list(PageRequest page, AlertFilter filter) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (filter.status() != null) {
            conditions.add("status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.projectId() != null) {
            conditions.add("projectId = :projectId");
            parameters.and("projectId", filter.projectId());
        }
        if (filter.rule() != null) {
            conditions.add("rule = :rule");
            parameters.and("rule", filter.rule());
        }
        Sort sort = page.sort == null || page.sort.isBlank()
                ? Sort.descending("raisedAt").and("id")
                : page.toSort(SORTABLE, "id");
        var query = conditions.isEmpty()
                ? Alert.<Alert> findAll(sort)
                : Alert.<Alert> find(String.join(" and ", conditions), sort, parameters);
        return ResultPage.of(query, page, AlertView::of);
    }

    public AlertView get(UUID id) {
        return Alert.<Alert> findByIdOptional(id).map(AlertView::of).orElseThrow(() -> new NotFound("Alert", id));
    }

    /** Someone has taken the alert on. Acknowledging it again changes nothing; a resolved alert is over. */
    @Transactional
    public AlertView acknowledge(UUID id, String actor) {
        Alert alert = Alert.<Alert> findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFound("Alert", id));
        requireStake(alert);
        switch (alert.status) {
            case ACKNOWLEDGED:
                return AlertView.of(alert);
            case RESOLVED:
                throw new Conflict("alert-resolved", "Alert " + id + " resolved itself at " + alert.resolvedAt
                        + " when its condition cleared; there is nothing left to acknowledge");
            default:
                break;
        }
        AlertView before = AlertView.of(alert);
        alert.status = AlertStatus.ACKNOWLEDGED;
        alert.acknowledgedAt = clock.instant();
        alert.acknowledgedBy = actor;
        alert.stampChanged(alert.acknowledgedAt);
        AlertView after = AlertView.of(alert);
        events.publish(AlertEvents.ACKNOWLEDGED, alert, AggregateChange.updated(alert.version, actor, before, after));
        return after;
    }

    /**
     * An alert about a project is taken on by the people the project names (or the head of delivery); one about a
     * person alone needs only the role. A project not announced yet names nobody.
     */
    private void requireStake(Alert alert) {
        if (alert.projectId != null) {
            Project project = Project.findById(alert.projectId);
            stakes.require(project == null ? new ProjectPeople(null, null, null) : project.people(),
                    project == null ? alert.projectId.toString() : project.key);
        }
    }
}
