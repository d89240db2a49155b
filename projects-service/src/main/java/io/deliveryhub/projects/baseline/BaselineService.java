package io.deliveryhub.projects.baseline;

import io.deliveryhub.platform.events.AggregateChange;
import io.deliveryhub.platform.web.PageRequest;
import io.deliveryhub.platform.web.ResultPage;
import io.deliveryhub.projects.history.ProjectEvents;
import io.deliveryhub.projects.project.Project;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Writes baseline versions with their event. Callers hold the project's row lock, which orders the versions. */
@ApplicationScoped
public class BaselineService {

    public static final String BASELINE_CHANGED = "deliveryhub.project.baseline-changed.v1";

    private final ProjectEvents events;

    public BaselineService(ProjectEvents events) {
        this.events = events;
    }

    public Optional<Baseline> current(UUID projectId) {
        return Baseline.current(projectId);
    }

    /** The plan of the baseline in force, if the project has one. */
    public Optional<BaselineRules.Plan> currentPlan(UUID projectId) {
        return Baseline.current(projectId).map(Baseline::plan);
    }

    /** Version 1: the project's plan as it stands when it first becomes ACTIVE. */
    @Transactional(Transactional.TxType.MANDATORY)
    public BaselineView recordFirst(Project project, String reason, String actor, Instant now) {
        Baseline first = baseline(project.id, 1, new BaselineRules.Plan(project.plannedStart, project.plannedEnd,
                project.budgetAmount, project.budgetHours), project.budgetCurrency, reason, null, actor, now);
        BaselineView view = BaselineView.of(first);
        events.publish(BASELINE_CHANGED, project.id, first.id, now,
                AggregateChange.created(first.version, actor, view).because(reason));
        return view;
    }

    /** The next version after an approved change request; the project has a baseline (version 1 at least). */
    @Transactional(Transactional.TxType.MANDATORY)
    public BaselineView recordNext(UUID projectId, BaselineRules.Plan plan, String reason, UUID changeRequestId,
            String actor, Instant now) {
        Baseline previous = Baseline.current(projectId)
                .orElseThrow(() -> new IllegalStateException("project " + projectId + " has no baseline yet"));
        Baseline next = baseline(previous.projectId, previous.version + 1, plan, previous.budgetCurrency, reason,
                changeRequestId, actor, now);
        BaselineView view = BaselineView.of(next);
        events.publish(BASELINE_CHANGED, next.projectId, next.id, now, AggregateChange
                .updated(next.version, actor, view.withPlanOf(BaselineView.of(previous)), view).because(reason));
        return view;
    }

    public ResultPage<BaselineView> list(UUID projectId, PageRequest page) {
        return ResultPage.of(Baseline.find("projectId", Sort.descending("version"), projectId), page,
                BaselineView::of);
    }

    private static Baseline baseline(UUID projectId, int version, BaselineRules.Plan plan, String currency,
            String reason, UUID changeRequestId, String actor, Instant now) {
        Baseline baseline = new Baseline();
        baseline.id = UUID.randomUUID();
        baseline.projectId = projectId;
        baseline.version = version;
        baseline.plannedStart = plan.plannedStart();
        baseline.plannedEnd = plan.plannedEnd();
        baseline.budgetAmount = plan.budget();
        baseline.budgetCurrency = currency;
        baseline.budgetHours = plan.budgetHours();
        baseline.reason = reason;
        baseline.changeRequestId = changeRequestId;
        baseline.createdAt = now;
        baseline.createdBy = actor;
        baseline.persist();
        return baseline;
    }
}
