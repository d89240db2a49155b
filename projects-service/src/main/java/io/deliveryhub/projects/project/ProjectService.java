package io.deliveryhub.projects.project;

import static io.deliveryhub.platform.security.Roles.ADMIN;
import static io.deliveryhub.platform.security.Roles.DELIVERY_MANAGER;
import static io.deliveryhub.platform.security.Roles.HEAD_OF_DELIVERY;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.deliveryhub.platform.events.AggregateChange;
import io.deliveryhub.platform.money.BaseCurrency;
import io.deliveryhub.platform.money.Money;
import io.deliveryhub.platform.problem.BadRequest;
import io.deliveryhub.platform.problem.Conflict;
import io.deliveryhub.platform.problem.NotFound;
import io.deliveryhub.platform.problem.ProblemException;
import io.deliveryhub.platform.problem.ProjectEndedProblem;
import io.deliveryhub.platform.problem.Unprocessable;
import io.deliveryhub.platform.security.Actor;
import io.deliveryhub.platform.security.ProjectStakes;
import io.deliveryhub.platform.web.ETags;
import io.deliveryhub.platform.web.MergePatch;
import io.deliveryhub.platform.web.PageRequest;
import io.deliveryhub.platform.web.ResultPage;
import io.deliveryhub.projects.ExternalRef;
import io.deliveryhub.projects.baseline.BaselineRules;
import io.deliveryhub.projects.baseline.BaselineService;
import io.deliveryhub.projects.client.ClientService;
import io.deliveryhub.projects.closurereview.ClosureReviews;
import io.deliveryhub.projects.exchangerate.ExchangeRateService;
import io.deliveryhub.projects.history.ProjectEvents;
import io.deliveryhub.projects.milestone.Milestones;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class ProjectService {

    static final String PROJECT_CREATED = "deliveryhub.project.created.v1";
    public static final String PROJECT_UPDATED = "deliveryhub.project.updated.v1";
    static final String STATUS_CHANGED = "deliveryhub.project.status-changed.v1";
    private static final Map<String, String> SORTABLE = Map.of(
            "key", "key", "name", "name", "status", "status", "plannedStart", "plannedStart",
            "plannedEnd", "plannedEnd", "createdAt", "createdAt", "updatedAt", "updatedAt");
    /** A PATCH naming any of these is refused: they are read-only or change through their own command. */
    private static final Set<String> IMMUTABLE = Set.of("id", "key", "status", "currency", "opportunity", "demand",
            "version", "createdAt", "updatedAt");

    private final ProjectEvents events;
    private final BaselineService baselines;
    private final MergePatch mergePatch;
    private final BaseCurrency currency;
    private final ExchangeRateService exchangeRates;
    private final ProjectStakes stakes;
    private final ClientService clients;
    private final Milestones milestones;
    private final ClosureReviews closureReviews;
    private final Clock clock;
    private final AgroalDataSource dataSource;

    public ProjectService(ProjectEvents events, BaselineService baselines, MergePatch mergePatch,
            BaseCurrency currency, ExchangeRateService exchangeRates, ProjectStakes stakes, ClientService clients,
            Milestones milestones, ClosureReviews closureReviews, Clock clock, AgroalDataSource dataSource) {
        this.events = events;
        this.baselines = baselines;
        this.mergePatch = mergePatch;
        this.currency = currency;
        this.exchangeRates = exchangeRates;
        this.stakes = stakes;
        this.clients = clients;
        this.milestones = milestones;
        this.closureReviews = closureReviews;
        this.clock = clock;
        this.dataSource = dataSource;
    }

    @Transactional
    public ProjectView create(CreateProjectRequest request, String actor) {
        return create(request, null, List.of(), actor);
    }

    /**
     * @param opportunity the CRM opportunity the project comes from, or null
     * @param demand that opportunity's role demand, already checked by the CRM import
     */
    @Transactional
    public ProjectView create(CreateProjectRequest request, ExternalRef opportunity, List<RoleDemand> demand,
            String actor) {
        EditableProject fields = request.editable();
        String projectCurrency = request.currency() == null ? currency.code() : request.currency();
        NewProjectLookup.Found found = NewProjectLookup.of(Project.getSession(), request.key(), fields.clientId());
        checkDates(fields);
        if (!found.clientKnown()) {
            throw unknownClient(fields.clientId());
        }
        checkBudget(fields, projectCurrency);
        if (found.keyTaken()) {
            throw new Conflict("duplicate-key", "A project with key " + request.key()
                    + " already exists; project keys are unique, choose another");
        }
        Project project = new Project();
        project.stampCreated(clock.instant());
        project.key = request.key();
        project.status = ProjectStatus.PROPOSED;
        project.currency = projectCurrency;
        if (opportunity != null) {
            project.opportunitySystem = opportunity.system();
            project.opportunityId = opportunity.id();
        }
        fields.applyTo(project);
        project.demand = new ArrayList<>(demand);
        project.persist();
        ProjectView view = ProjectView.of(project);
        events.publish(PROJECT_CREATED, project.id, project.id, project.createdAt,
                AggregateChange.created(project.version, actor, view));
        return view;
    }

    /**
     * JSON merge patch of the editable fields, against the version the caller saw. The caller needs a stake in the
     * project as it is before the patch; who manages it changes only by delivery management.
     */
    @Transactional
    public ProjectView update(String idOrKey, JsonNode patch, String ifMatch, Actor actor) {
        Project project = lockForChange(idOrKey);
        ETags.requireMatch(ifMatch, project.version);
        if (!ProjectLifecycle.acceptsRecords(project.status)) {
            throw ProjectEndedProblem.conflict(project.id, project.key, project.status.name(), "Project " + project.key
                    + " is " + project.status + " and can no longer be changed");
        }
        EditableProject before = EditableProject.of(project);
        EditableProject after = mergePatch.apply(before, patch, EditableProject.class, IMMUTABLE);
        check(after);
        requireMayReassign(before, after, actor);
        if (baselines.current(project.id).isPresent()) {
            List<String> locked = BaselineRules.lockedChanges(plan(before), plan(after));
            if (!locked.isEmpty()) {
                throw new Conflict("baselined-field", "Project " + project.key + " is baselined: "
                        + String.join(", ", locked) + " change only through an approved change request",
                        Map.of("fields", locked));
            }
        }
        return apply(project, after, actor.name(), null);
    }

    /**
     * Applies new field values to a locked project and publishes {@code project.updated} when anything changed.
     * Change-request approval and the CRM import come through here too, with their reason.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ProjectView apply(Project project, EditableProject fields, String actor, String reason) {
        return apply(project, fields, project.demand, actor, reason);
    }

    /** The same, with the CRM opportunity's role demand, which only the CRM import changes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ProjectView apply(Project project, EditableProject fields, List<RoleDemand> demand, String actor,
            String reason) {
        checkBudget(fields, project.currency);
        ProjectView before = ProjectView.of(project);
        fields.applyTo(project);
        project.demand = new ArrayList<>(demand);
        if (AggregateChange.updated(project.version, actor, before, ProjectView.of(project)).changes().isEmpty()) {
            return before;
        }
        project.stampChanged(clock.instant());
        ProjectView after = ProjectView.of(project);
        AggregateChange change = AggregateChange.updated(project.version, actor, before, after);
        events.publish(PROJECT_UPDATED, project.id, project.id, project.updatedAt,
                reason == null ? change : change.because(reason));
        return after;
    }

    /** A transition asked for by a person: the role rule first (403), then the lifecycle (409). */
    @Transactional
    public ProjectView transition(String idOrKey, TransitionRequest request, Actor actor) {
        if (ProjectLifecycle.needsDeliveryManagement(request.to()) && !actor.hasAnyRole(DELIVERY_MANAGER, HEAD_OF_DELIVERY)) {
            throw new ProblemException(403, "forbidden", "Forbidden", "Only a delivery manager or the head of"
                    + " delivery may move a project to " + request.to(), Map.of());
        }
        return transition(lockForChange(idOrKey), request.to(), request.reason().strip(), actor.name());
    }

    /** A transition on a locked project, by a person or by the system (a CRM stage change). */
    @Transactional(Transactional.TxType.MANDATORY)
    public ProjectView transition(Project project, ProjectStatus to, String reason, String actor) {
        ProjectLifecycle.refusal(project.status, to, readiness(project)).ifPresent(refusal -> {
            Map<String, Object> extensions = refusal.missing().isEmpty()
                    ? Map.of("from", project.status, "to", to)
                    : Map.of("from", project.status, "to", to, "missing", refusal.missing());
            throw new Conflict(refusal.type(), refusal.detail(), extensions);
        });
        ProjectView before = ProjectView.of(project);
        Instant now = clock.instant();
        boolean firstBaseline = BaselineRules.takesFirstBaseline(to == ProjectStatus.ACTIVE,
                baselines.current(project.id).isPresent());
        project.status = to;
        project.stampChanged(now);
        ProjectView after = ProjectView.of(project);
        events.publish(STATUS_CHANGED, project.id, project.id, now,
                AggregateChange.updated(project.version, actor, before, after).because(reason));
        if (firstBaseline) {
            baselines.recordFirst(project, "Baseline at activation: " + reason, actor, now);
        }
        return after;
    }

    public ProjectView get(String idOrKey) {
        return ProjectView.of(find(idOrKey));
    }

    /**
     * A page of projects and their total. A page with rows that is not full is the last one, so the total follows
     * from it; otherwise it is counted.
     */
    public ResultPage<ProjectView> list(PageRequest page, ProjectFilter filter) {
        var sort = page.toSort(SORTABLE, "key");
        ProjectListQuery query = new ProjectListQuery(filter);
        try (Connection connection = dataSource.getConnection()) {
            List<ProjectView> items = query.page(connection, sort, page.page, page.size);
            long total = items.size() > 0 && items.size() < page.size
                    ? (long) page.page * page.size + items.size()
                    : query.count(connection);
            return new ResultPage<>(items, page.page, page.size, total);
        } catch (SQLException e) {
            throw new PersistenceException("Listing projects failed", e);
        }
    }

    public Project find(String idOrKey) {
        return ProjectKey.asId(idOrKey)
                .flatMap(id -> Project.<Project> findByIdOptional(id))
                .or(() -> Project.findByKey(idOrKey))
                .orElseThrow(() -> new NotFound("Project", idOrKey));
    }

    /**
     * The project, for the caller to add to or change what it records (milestones, deliverables, status reports,
     * RAID, feedback): refused to a caller without a stake in it (403), and once it no longer accepts records (409
     * {@code project-ended}): its records are history then.
     *
     * @param records what is being changed, for the message ("milestones and deliverables")
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Project openForRecords(String idOrKey, String records) {
        // A share lock on the project row: a concurrent transition (which locks it for update) either sees
        // this change or waits for it, so a guard such as COMPLETED's "every milestone finished" cannot be raced.
        Project project = locked(idOrKey, LockModeType.PESSIMISTIC_READ);
        requireStake(project);
        // Only its records change: read-only, so the flush at commit has no copy of its state to compare.
        Project.getSession().setReadOnly(project, true);
        requireAcceptsRecords(project.id, project.key, project.status, records);
        return project;
    }

    /**
     * {@link #openForRecords} for a caller that needs no more of the project than {@link OpenProject} holds: the same
     * share lock and refusals, without loading the project as an entity.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OpenProject openRecordsOf(String idOrKey, String records) {
        OpenProject project = OpenProject.locked(Project.getSession(), idOrKey)
                .orElseThrow(() -> new NotFound("Project", idOrKey));
        stakes.require(project.people(), project.key());
        requireAcceptsRecords(project.id(), project.key(), project.status(), records);
        return project;
    }

    private static void requireAcceptsRecords(UUID id, String key, ProjectStatus status, String records) {
        if (!ProjectLifecycle.acceptsRecords(status)) {
            throw ProjectEndedProblem.conflict(id, key, status.name(), "Project " + key + " is " + status + "; its "
                    + records + " can no longer be changed");
        }
    }

    /**
     * The project, row-locked for a change: call it first in the transaction, so the state read is the
     * state locked. Everything that changes a project or adds to it (versions, baselines) goes through here.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Project lock(String idOrKey) {
        return locked(idOrKey, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The project, row-locked for a change its caller asks for: refused (403) to a caller without a stake in it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Project lockForChange(String idOrKey) {
        Project project = lock(idOrKey);
        requireStake(project);
        return project;
    }

    /** Refuses (403 not-your-project) a caller who may not change this project or what hangs off it. */
    public void requireStake(Project project) {
        stakes.require(project.people(), project.key);
    }

    /**
     * Who manages the project (its project manager and delivery manager) is delivery management's call: a project
     * manager may not hand the project on, nor name themselves or anyone else its delivery manager.
     */
    private static void requireMayReassign(EditableProject before, EditableProject after, Actor actor) {
        boolean reassigned = !Objects.equals(before.projectManagerId(), after.projectManagerId())
                || !Objects.equals(before.deliveryManagerId(), after.deliveryManagerId());
        if (reassigned && !actor.hasAnyRole(DELIVERY_MANAGER, HEAD_OF_DELIVERY, ADMIN)) {
            throw new ProblemException(403, "forbidden", "Forbidden", "Only a delivery manager, the head of delivery"
                    + " or ADMIN may change a project's projectManagerId or deliveryManagerId", Map.of());
        }
    }

    /** The project by id or key, read with the row lock in one statement. */
    private static Project locked(String idOrKey, LockModeType lock) {
        return ProjectKey.asId(idOrKey)
                .flatMap(id -> Project.<Project> findByIdOptional(id, lock))
                .or(() -> Project.<Project> find("key", idOrKey).withLock(lock).firstResultOptional())
                .orElseThrow(() -> new NotFound("Project", idOrKey));
    }

    /** The rules a project's fields obey whichever way they arrive (create, patch, import); the budget's in apply. */
    void check(EditableProject fields) {
        checkDates(fields);
        if (!clients.exists(fields.clientId())) {
            throw unknownClient(fields.clientId());
        }
    }

    private static void checkDates(EditableProject fields) {
        if (fields.plannedStart() != null && fields.plannedEnd() != null
                && fields.plannedEnd().isBefore(fields.plannedStart())) {
            throw BadRequest.ofField("plannedEnd", "must not be before plannedStart");
        }
    }

    private static Unprocessable unknownClient(UUID clientId) {
        return new Unprocessable("unknown-client", "clientId " + clientId + " is not a known client");
    }

    /**
     * The budget is the contract value in the project's currency (422 otherwise), and one in a currency other than
     * the base needs an exchange rate in force when the project starts (today while it has no planned start).
     */
    private void checkBudget(EditableProject fields, String projectCurrency) {
        Money budget = fields.budget();
        if (budget != null) {
            budget.requireIn(projectCurrency, "budget");
            LocalDate on = fields.plannedStart() == null ? LocalDate.now(clock) : fields.plannedStart();
            currency.requireConvertible(budget, on, exchangeRates, "budget");
        }
    }

    private ProjectLifecycle.Readiness readiness(Project project) {
        return new ProjectLifecycle.Readiness(project.projectManagerId != null, project.plannedStart != null,
                project.plannedEnd != null, project.budgetAmount != null, milestones.unfinished(project.id),
                closureReviews.existsFor(project.id));
    }

    private static BaselineRules.Plan plan(EditableProject fields) {
        return new BaselineRules.Plan(fields.plannedStart(), fields.plannedEnd(),
                fields.budget() == null ? null : fields.budget().amount(), fields.budgetHours());
    }
}
