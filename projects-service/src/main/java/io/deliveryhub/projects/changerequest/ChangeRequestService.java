package io.deliveryhub.projects.changerequest;

import static io.deliveryhub.platform.security.Roles.DELIVERY_MANAGER;
import static io.deliveryhub.platform.security.Roles.HEAD_OF_DELIVERY;

import io.deliveryhub.platform.events.AggregateChange;
import io.deliveryhub.platform.money.Money;
import io.deliveryhub.platform.problem.BadRequest;
import io.deliveryhub.platform.problem.Conflict;
import io.deliveryhub.platform.problem.NotFound;
import io.deliveryhub.platform.problem.ProblemException;
import io.deliveryhub.platform.problem.ProjectEndedProblem;
import io.deliveryhub.platform.security.Actor;
import io.deliveryhub.platform.web.PageRequest;
import io.deliveryhub.platform.web.QueryParams;
import io.deliveryhub.platform.web.ResultPage;
import io.deliveryhub.projects.baseline.BaselineRules;
import io.deliveryhub.projects.baseline.BaselineService;
import io.deliveryhub.projects.history.ProjectEvents;
import io.deliveryhub.projects.project.EditableProject;
import io.deliveryhub.projects.project.Project;
import io.deliveryhub.projects.project.ProjectService;
import io.deliveryhub.projects.project.ProjectLifecycle;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ChangeRequestService {

    static final String SUBMITTED = "deliveryhub.change-request.submitted.v1";
    static final String DECIDED = "deliveryhub.change-request.decided.v1";

    private final ProjectService projects;
    private final BaselineService baselines;
    private final ProjectEvents events;
    private final Clock clock;

    public ChangeRequestService(ProjectService projects, BaselineService baselines, ProjectEvents events,
            Clock clock) {
        this.projects = projects;
        this.baselines = baselines;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public ChangeRequestView submit(String idOrKey, SubmitChangeRequest request, String actor) {
        Money requested = checkedDelta(request.budgetDelta());
        Project project = projects.lockForChange(idOrKey);
        requireOpen(project);
        Money budgetDelta = requested == null ? Money.of(BigDecimal.ZERO, project.currency)
                : requested.requireIn(project.currency, "budgetDelta");
        ChangeRequest change = new ChangeRequest();
        change.stampCreated(clock.instant());
        change.projectId = project.id;
        change.title = request.title().strip();
        change.scope = request.scope().strip();
        change.budgetDeltaAmount = budgetDelta.amount();
        change.budgetDeltaCurrency = budgetDelta.currency();
        change.budgetHoursDelta = request.budgetHoursDelta() == null ? BigDecimal.ZERO : request.budgetHoursDelta();
        change.scheduleDeltaDays = request.scheduleDeltaDays() == null ? 0 : request.scheduleDeltaDays();
        change.status = ChangeRequestStatus.SUBMITTED;
        change.submittedBy = actor;
        change.persist();
        ChangeRequestView view = ChangeRequestView.of(change);
        events.publish(SUBMITTED, project.id, change.id, change.createdAt,
                AggregateChange.created(change.version, actor, view));
        return view;
    }

    /**
     * Decides a submitted change request. An approval moves the plan in the same transaction: the project's
     * budget, hours and planned end, and, once the project is baselined, the next baseline version. Before
     * activation there is no baseline yet: the approval changes the project, and baseline 1 taken at
     * activation includes it.
     */
    @Transactional
    public ChangeRequestView decide(String idOrKey, UUID changeRequestId, DecisionRequest decision, Actor actor) {
        ChangeRequestStatus to = decision.decision();
        if (to == ChangeRequestStatus.SUBMITTED) {
            throw BadRequest.ofField("decision", "must be one of [APPROVED, REJECTED, WITHDRAWN]");
        }
        if (to.needsDeliveryManagement() && !actor.hasAnyRole(DELIVERY_MANAGER, HEAD_OF_DELIVERY)) {
            throw new ProblemException(403, "forbidden", "Forbidden", "Only a delivery manager or the head of"
                    + " delivery may approve or reject a change request", Map.of());
        }
        Project project = projects.lockForChange(idOrKey);
        ChangeRequest change = ChangeRequest.<ChangeRequest> findByIdOptional(changeRequestId, LockModeType.PESSIMISTIC_WRITE)
                .filter(found -> found.projectId.equals(project.id))
                .orElseThrow(() -> new NotFound("Change request", changeRequestId));
        if (!change.status.canBecome(to)) {
            throw new Conflict("change-request-decided", "Change request " + change.id + " is already "
                    + change.status + "; only a SUBMITTED change request can be decided",
                    Map.of("status", change.status));
        }
        String reason = decision.reason().strip();
        Instant now = clock.instant();
        ChangeRequestView before = ChangeRequestView.of(change);
        if (to == ChangeRequestStatus.APPROVED) {
            change.baselineVersion = approve(project, change, actor.name(), now).orElse(null);
        }
        change.status = to;
        change.decisionReason = reason;
        change.decidedBy = actor.name();
        change.decidedAt = now;
        change.stampChanged(now);
        ChangeRequestView after = ChangeRequestView.of(change);
        events.publish(DECIDED, project.id, change.id, now,
                AggregateChange.updated(change.version, actor.name(), before, after).because(reason));
        return after;
    }

    public ChangeRequestView get(String idOrKey, UUID changeRequestId) {
        UUID projectId = projects.find(idOrKey).id;
        return ChangeRequest.<ChangeRequest> findByIdOptional(changeRequestId)
                .filter(found -> found.projectId.equals(projectId)).map(ChangeRequestView::of)
                .orElseThrow(() -> new NotFound("Change request", changeRequestId));
    }

    public ResultPage<ChangeRequestView> list(String idOrKey, String status, PageRequest page) {
        UUID projectId = projects.find(idOrKey).id;
        ChangeRequestStatus wanted = QueryParams.enumValue(ChangeRequestStatus.class, "status", status);
        var sort = page.toSort(Map.of("createdAt", "createdAt", "status", "status", "title", "title"), "createdAt");
        var query = wanted == null ? ChangeRequest.<ChangeRequest> find("projectId", sort, projectId)
                : ChangeRequest.<ChangeRequest> find("projectId = ?1 and status = ?2", sort, projectId, wanted);
        return ResultPage.of(query, page, ChangeRequestView::of);
    }

    /** @return the baseline version the approval created, if the project is baselined */
    private Optional<Integer> approve(Project project, ChangeRequest change, String actor, Instant now) {
        requireOpen(project);
        Optional<BaselineRules.Plan> baseline = baselines.currentPlan(project.id);
        BaselineRules.Plan plan = baseline.orElse(new BaselineRules.Plan(project.plannedStart,
                project.plannedEnd, project.budgetAmount, project.budgetHours));
        BaselineRules.Delta delta = new BaselineRules.Delta(change.budgetDeltaAmount, change.budgetHoursDelta,
                change.scheduleDeltaDays);
        BaselineRules.refusal(plan, delta).ifPresent(problem -> {
            throw new Conflict("change-not-applicable", "Change request " + change.id + " cannot be applied to"
                    + " project " + project.key + ": " + problem + "; reject it or submit a corrected one");
        });
        BaselineRules.Plan next = BaselineRules.apply(plan, delta);
        String reason = "Change request approved: " + change.title;
        Money budget = next.budget() == null ? null : Money.of(next.budget(), project.currency);
        projects.apply(project, EditableProject.of(project).withPlan(next.plannedStart(), next.plannedEnd(), budget,
                next.budgetHours()), actor, reason);
        return baseline.map(previous -> baselines.recordNext(project.id, next, reason, change.id, actor, now)
                .version());
    }

    private static void requireOpen(Project project) {
        if (!ProjectLifecycle.acceptsNewWork(project.status)) {
            throw ProjectEndedProblem.conflict(project.id, project.key, project.status.name(), "Project " + project.key
                    + " is " + project.status + "; its plan no longer changes");
        }
    }

    /** The delta's own shape (400); that it is in the project's currency is checked once the project is read. */
    private static Money checkedDelta(Money delta) {
        if (delta == null) {
            return null;
        }
        if (delta.amount() == null) {
            throw BadRequest.ofField("budgetDelta.amount", "must not be null");
        }
        if (delta.amount().scale() > 2 || delta.amount().precision() - delta.amount().scale() > 15) {
            throw BadRequest.ofField("budgetDelta.amount", "must have at most 15 digits and 2 decimals");
        }
        if (delta.currency() == null) {
            throw BadRequest.ofField("budgetDelta.currency", "must not be null");
        }
        return Money.of(delta.amount(), delta.currency());
    }
}
