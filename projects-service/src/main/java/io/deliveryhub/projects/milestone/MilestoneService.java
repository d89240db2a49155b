package io.deliveryhub.projects.milestone;

import com.fasterxml.jackson.databind.JsonNode;
import io.deliveryhub.platform.events.AggregateChange;
import io.deliveryhub.platform.money.BaseCurrency;
import io.deliveryhub.platform.money.Money;
import io.deliveryhub.platform.problem.Conflict;
import io.deliveryhub.platform.problem.NotFound;
import io.deliveryhub.platform.problem.ProblemException;
import io.deliveryhub.platform.web.ETags;
import io.deliveryhub.platform.web.MergePatch;
import io.deliveryhub.platform.web.PageRequest;
import io.deliveryhub.platform.web.ResultPage;
import io.deliveryhub.projects.exchangerate.ExchangeRateService;
import io.deliveryhub.projects.history.ProjectEvents;
import io.deliveryhub.projects.project.Project;
import io.deliveryhub.projects.project.ProjectService;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class MilestoneService {

    static final String CREATED = "deliveryhub.milestone.created.v1";
    static final String UPDATED = "deliveryhub.milestone.updated.v1";
    static final String COMPLETED = "deliveryhub.milestone.completed.v1";
    static final String WAIVED = "deliveryhub.milestone.waived.v1";
    static final String ACCEPTED = "deliveryhub.milestone.accepted.v1";
    private static final Map<String, String> SORTABLE = Map.of("dueDate", "dueDate", "name", "name",
            "status", "status", "createdAt", "createdAt");

    private final ProjectService projects;
    private final ProjectEvents events;
    private final MergePatch mergePatch;
    private final BaseCurrency currency;
    private final ExchangeRateService exchangeRates;
    private final Clock clock;

    public MilestoneService(ProjectService projects, ProjectEvents events, MergePatch mergePatch,
            BaseCurrency currency, ExchangeRateService exchangeRates, Clock clock) {
        this.projects = projects;
        this.events = events;
        this.mergePatch = mergePatch;
        this.currency = currency;
        this.exchangeRates = exchangeRates;
        this.clock = clock;
    }

    @Transactional
    public MilestoneView create(String idOrKey, CreateMilestoneRequest request, String actor) {
        return create(writable(idOrKey), request, actor);
    }

    /** Also used when a project is started from a template, inside that transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public MilestoneView create(Project project, CreateMilestoneRequest request, String actor) {
        MilestoneRules.requireFinishedInCompletedProject(project.id, project.key, project.status,
                MilestoneStatus.PLANNED);
        checkBilling(project, request.billingAmount(), request.dueDate());
        Milestone milestone = new Milestone();
        milestone.stampCreated(clock.instant());
        milestone.projectId = project.id;
        milestone.name = request.name().strip();
        milestone.dueDate = request.dueDate();
        milestone.weight = request.weight() == null ? BigDecimal.ONE : request.weight();
        if (request.billingAmount() != null) {
            milestone.billingAmount = request.billingAmount().amount();
            milestone.billingCurrency = request.billingAmount().currency();
        }
        milestone.acceptanceCriteria = request.acceptanceCriteria();
        milestone.status = MilestoneStatus.PLANNED;
        milestone.persist();
        MilestoneView view = MilestoneView.of(milestone);
        events.publish(CREATED, project.id, milestone.id, milestone.createdAt,
                AggregateChange.created(milestone.version, actor, view));
        return view;
    }

    public ResultPage<MilestoneView> list(String idOrKey, PageRequest page, MilestoneStatus status) {
        UUID projectId = projects.find(idOrKey).id;
        var sort = page.toSort(SORTABLE, "dueDate");
        var query = status == null
                ? Milestone.<Milestone> find("projectId = :project", sort, Parameters.with("project", projectId))
                : Milestone.<Milestone> find("projectId = :project and status = :status", sort,
                        Parameters.with("project", projectId).and("status", status));
        return ResultPage.of(query, page, MilestoneView::of);
    }

    public MilestoneView get(String idOrKey, UUID milestoneId) {
        return MilestoneView.of(find(projects.find(idOrKey), milestoneId));
    }

    /**
     * @param mayEditPlan false for a delivery lead, who may move the status (progress) but not the plan
     */
    @Transactional
    public MilestoneView patch(String idOrKey, UUID milestoneId, String ifMatch, JsonNode patch, boolean mayEditPlan,
            String actor) {
        Project project = writable(idOrKey);
        Milestone milestone = lock(project, milestoneId);
        ETags.requireMatch(ifMatch, milestone.version);
        MilestoneView before = MilestoneView.of(milestone);
        MilestoneEdit current = MilestoneEdit.of(milestone);
        MilestoneEdit edit = mergePatch.apply(current, patch, MilestoneEdit.class, Set.of());
        boolean planChanged = !edit.equals(new MilestoneEdit(current.name(), current.dueDate(), current.weight(),
                current.billingAmount(), current.acceptanceCriteria(), edit.status()));
        if (planChanged && !mayEditPlan) {
            throw new ProblemException(403, "forbidden", "Forbidden",
                    "A delivery lead may change a milestone's status only; ask the project manager to change the plan",
                    Map.of());
        }
        boolean accepted = milestone.acceptedOn != null;
        if (planChanged) {
            MilestoneRules.requireEditable(milestone.status, accepted);
        }
        MilestoneRules.requireEdit(milestone.status, edit.status(), accepted);
        MilestoneRules.requireFinishedInCompletedProject(project.id, project.key, project.status, edit.status());
        checkBilling(project, edit.billingAmount(), edit.dueDate());
        if (current.equals(edit)) {
            return before;
        }
        milestone.name = edit.name().strip();
        milestone.dueDate = edit.dueDate();
        milestone.weight = edit.weight();
        milestone.billingAmount = edit.billingAmount() == null ? null : edit.billingAmount().amount();
        milestone.billingCurrency = edit.billingAmount() == null ? null : edit.billingAmount().currency();
        milestone.acceptanceCriteria = edit.acceptanceCriteria();
        if (milestone.status == MilestoneStatus.DONE && edit.status() != MilestoneStatus.DONE) {
            milestone.completedOn = null;
        }
        milestone.status = edit.status();
        return changed(milestone, before, UPDATED, actor, null);
    }

    @Transactional
    public MilestoneView complete(String idOrKey, UUID milestoneId, LocalDate completedOn, String actor) {
        Milestone milestone = lock(writable(idOrKey), milestoneId);
        MilestoneRules.requireCompletable(milestone.status, completedOn, today());
        MilestoneView before = MilestoneView.of(milestone);
        milestone.status = MilestoneStatus.DONE;
        milestone.completedOn = completedOn;
        return changed(milestone, before, COMPLETED, actor, null);
    }

    @Transactional
    public MilestoneView waive(String idOrKey, UUID milestoneId, String reason, String actor) {
        Milestone milestone = lock(writable(idOrKey), milestoneId);
        MilestoneRules.requireWaivable(milestone.status);
        MilestoneView before = MilestoneView.of(milestone);
        milestone.status = MilestoneStatus.WAIVED;
        milestone.waivedReason = reason.strip();
        return changed(milestone, before, WAIVED, actor, milestone.waivedReason);
    }

    @Transactional
    public MilestoneView accept(String idOrKey, UUID milestoneId, LocalDate acceptedOn, String actor) {
        Milestone milestone = lock(writable(idOrKey), milestoneId);
        List<String> notAccepted = Deliverable.<Deliverable> list("milestoneId = ?1 and reviewStatus <> ?2 order by name",
                milestone.id, ReviewStatus.ACCEPTED).stream()
                .map(deliverable -> deliverable.name + " (" + deliverable.reviewStatus + ")").toList();
        MilestoneRules.requireAcceptable(milestone.status, milestone.completedOn, acceptedOn,
                milestone.acceptedOn != null, today(), notAccepted);
        MilestoneView before = MilestoneView.of(milestone);
        milestone.acceptedOn = acceptedOn;
        milestone.acceptedBy = actor;
        return changed(milestone, before, ACCEPTED, actor, null);
    }

    Project writable(String idOrKey) {
        return projects.openForRecords(idOrKey, "milestones and deliverables");
    }

    Milestone find(Project project, UUID milestoneId) {
        return Milestone.<Milestone> findByIdOptional(milestoneId)
                .filter(milestone -> milestone.projectId.equals(project.id))
                .orElseThrow(() -> new NotFound("Milestone", milestoneId));
    }

    Milestone lock(Project project, UUID milestoneId) {
        return Milestone.<Milestone> findByIdOptional(milestoneId, LockModeType.PESSIMISTIC_WRITE)
                .filter(milestone -> Objects.equals(milestone.projectId, project.id))
                .orElseThrow(() -> new NotFound("Milestone", milestoneId));
    }

    /** A billing amount is in the project's currency, convertible on the day the milestone is due (422 otherwise). */
    private void checkBilling(Project project, Money billingAmount, LocalDate dueDate) {
        if (billingAmount != null) {
            billingAmount.requireIn(project.currency, "billingAmount");
            currency.requireConvertible(billingAmount, dueDate, exchangeRates, "billingAmount");
        }
    }

    private MilestoneView changed(Milestone milestone, MilestoneView before, String type, String actor, String reason) {
        milestone.stampChanged(clock.instant());
        MilestoneView after = MilestoneView.of(milestone);
        AggregateChange change = AggregateChange.updated(milestone.version, actor, before, after);
        events.publish(type, milestone.projectId, milestone.id, milestone.updatedAt,
                reason == null ? change : change.because(reason));
        return after;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
