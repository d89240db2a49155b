package io.deliveryhub.resources.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deliveryhub.platform.problem.BadRequest;
import io.deliveryhub.platform.problem.Conflict;
import io.deliveryhub.platform.problem.NotFound;
import io.deliveryhub.platform.problem.Unprocessable;
import io.deliveryhub.platform.security.Actor;
import io.deliveryhub.platform.web.ETags;
import io.deliveryhub.platform.web.MergePatch;
import io.deliveryhub.platform.web.PageRequest;
import io.deliveryhub.platform.web.ResultPage;
import io.deliveryhub.resources.allocation.AllocationFields;
import io.deliveryhub.resources.allocation.AllocationService;
import io.deliveryhub.resources.allocation.AllocationStatus;
import io.deliveryhub.resources.allocation.AllocationView;
import io.deliveryhub.resources.allocation.CreateAllocationRequest;
import io.deliveryhub.resources.project.KnownProject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Scenarios and their changes: a sandbox over the live plan until applied (docs/scenarios.md). */
@ApplicationScoped
public class ScenarioService {

    /** A copy bigger than this is not a what-if any more; split it by project or person. */
    static final int MAX_COPY = 5000;
    private static final Set<String> IMMUTABLE = Set.of("id", "allocationId", "change", "basedOnVersion", "projectId",
            "status", "version");
    private static final Map<String, String> SORTABLE = Map.of("name", "name", "createdAt", "createdAt",
            "updatedAt", "updatedAt");
    /** Apply frees hours before it books them, so a move from one project to another never overbooks halfway. */
    private static final Comparator<ScenarioAllocation> APPLY_ORDER = Comparator
            .comparing((ScenarioAllocation change) -> switch (change.change) {
                case REMOVE -> 0;
                case CHANGE -> 1;
                case ADD -> 2;
            }).thenComparing(change -> change.createdAt);

    private final ScenarioOverlays overlays;
    private final AllocationService allocations;
    private final MergePatch mergePatch;
    private final Clock clock;
    private final ScenarioEvents events;

    public ScenarioService(ScenarioOverlays overlays, AllocationService allocations, MergePatch mergePatch,
            Clock clock, ScenarioEvents events) {
        this.events = events;
        this.overlays = overlays;
        this.allocations = allocations;
        this.mergePatch = mergePatch;
        this.clock = clock;
    }

    @Transactional
    public ScenarioView create(CreateScenarioRequest request, Actor actor) {
        Scenario scenario = new Scenario();
        scenario.stampCreated(clock.instant());
        scenario.name = request.name().strip();
        scenario.description = request.description();
        scenario.ownerId = actor.personId().orElse(null);
        scenario.ownerName = actor.name();
        scenario.status = ScenarioStatus.OPEN;
        scenario.persist();
        events.created(scenario, request.copy() == null ? List.of() : copy(scenario, request.copy()));
        return ScenarioView.of(scenario);
    }

    public ResultPage<ScenarioView> list(PageRequest page) {
        var query = overlays.seesAll()
                ? Scenario.<Scenario> findAll(page.toSort(SORTABLE, "createdAt"))
                : Scenario.<Scenario> find("ownerId = ?1", page.toSort(SORTABLE, "createdAt"),
                        overlays.callerId().orElse(null));
        return ResultPage.of(query, page, ScenarioView::of);
    }

    public ScenarioView get(UUID id) {
        return ScenarioView.of(overlays.visible(id));
    }

    /** Discarding deletes the scenario with its changes; the live plan never held any of them. */
    @Transactional
    public void discard(UUID id, String ifMatch) {
        overlays.visible(id);
        Scenario scenario = Scenario.findById(id, LockModeType.PESSIMISTIC_WRITE);
        requireMatchIfGiven(ifMatch, scenario.version);
        events.discarded(scenario, clock.instant());
        scenario.delete();
    }

    public List<ScenarioAllocationView> allocations(UUID id) {
        overlays.visible(id);
        return ScenarioAllocation.<ScenarioAllocation> list("key.scenarioId = ?1 order by createdAt", id).stream()
                .map(ScenarioAllocationView::of).toList();
    }

    public ScenarioAllocationView allocation(UUID id, UUID allocationId) {
        overlays.visible(id);
        return ScenarioAllocationView.of(change(id, allocationId));
    }

    /** Adds an allocation to the scenario, checked as a booking would be except for capacity: that is the point. */
    @Transactional
    public ScenarioAllocationView add(UUID id, CreateAllocationRequest request) {
        Scenario scenario = open(id);
        AllocationFields fields = request.fields();
        allocations.check(request.projectId(), fields);
        ScenarioAllocation added = new ScenarioAllocation();
        added.key = new ScenarioAllocation.Key(scenario.id, UUID.randomUUID());
        added.change = AllocationChangeKind.ADD;
        added.projectId = request.projectId();
        added.createdAt = clock.instant();
        added.version = 1;
        added.write(fields.normalized());
        added.persist();
        scenario.stampChanged(clock.instant());
        events.planned(scenario, added);
        return ScenarioAllocationView.of(added);
    }

    /**
     * JSON merge patch of an allocation as the scenario has it: one it added, or a live one, which the scenario then
     * changes from the version it has now. If-Match names the change's version, or for a live allocation the scenario
     * does not change yet, the live version. {@code basedOnVersion} in the patch re-bases the change onto the live
     * allocation's current version, after apply named it as a conflict.
     */
    @Transactional
    public ScenarioAllocationView patch(UUID id, UUID allocationId, String ifMatch, JsonNode patch) {
        Scenario scenario = open(id);
        ScenarioAllocation change = ScenarioAllocation.findById(new ScenarioAllocation.Key(id, allocationId));
        if (change == null) {
            AllocationView live = activeLive(allocationId);
            ETags.requireMatch(ifMatch, live.version());
            change = copyOf(scenario, live, AllocationChangeKind.CHANGE, clock.instant());
        } else {
            ETags.requireMatch(ifMatch, change.version);
            change.version++;
        }
        JsonNode fieldsPatch = patch;
        if (patch instanceof ObjectNode body && body.has("basedOnVersion")) {
            rebase(change, body.get("basedOnVersion"));
            fieldsPatch = body.deepCopy().without("basedOnVersion");
        }
        AllocationFields changed = mergePatch.apply(change.fields(), fieldsPatch, AllocationFields.class, IMMUTABLE)
                .normalized();
        if (change.change == AllocationChangeKind.REMOVE) {
            if (!fieldsPatch.isEmpty()) {
                throw new Conflict("allocation-removed", "The scenario removes allocation " + allocationId
                        + "; discard the scenario or add the allocation anew to plan it again");
            }
        } else {
            allocations.check(change.projectId, changed);
            change.write(changed);
        }
        change.persist();
        scenario.stampChanged(clock.instant());
        events.planned(scenario, change);
        return ScenarioAllocationView.of(change);
    }

    /**
     * Takes an allocation out of the scenario's plan: an added one is forgotten, a live one marked removed. If-Match
     * is optional; when sent it names the change's version, or the live version as for {@link #patch}.
     */
    @Transactional
    public void remove(UUID id, UUID allocationId, String ifMatch) {
        Scenario scenario = open(id);
        ScenarioAllocation change = ScenarioAllocation.findById(new ScenarioAllocation.Key(id, allocationId));
        if (change == null) {
            AllocationView live = activeLive(allocationId);
            requireMatchIfGiven(ifMatch, live.version());
            change = copyOf(scenario, live, AllocationChangeKind.REMOVE, clock.instant());
            change.persist();
        } else {
            requireMatchIfGiven(ifMatch, change.version);
            if (change.change == AllocationChangeKind.ADD) {
                change.delete();
            } else {
                change.change = AllocationChangeKind.REMOVE;
                change.version++;
            }
        }
        scenario.stampChanged(clock.instant());
        if (change.change == AllocationChangeKind.ADD) {
            events.withdrawn(scenario, allocationId);
        } else {
            events.planned(scenario, change);
        }
    }

    @Transactional
    public TentativeProjectView addTentative(UUID id, TentativeProjectRequest request) {
        Scenario scenario = open(id);
        requireInside(request);
        TentativeProject project = new TentativeProject();
        project.id = UUID.randomUUID();
        project.scenarioId = scenario.id;
        project.name = request.name().strip();
        project.practice = request.practice();
        project.fromDate = request.from();
        project.toDate = request.to();
        project.probability = request.probability();
        project.roleDemand = overlays.roleDemand(request.roleDemand());
        project.createdAt = clock.instant();
        project.version = 1;
        project.persist();
        scenario.stampChanged(clock.instant());
        TentativeProjectView added = view(project);
        events.tentativeAdded(scenario, added);
        return added;
    }

    public List<TentativeProjectView> tentativeProjects(UUID id) {
        overlays.visible(id);
        return TentativeProject.<TentativeProject> list("scenarioId = ?1 order by createdAt", id).stream()
                .map(this::view).toList();
    }

    public TentativeProjectView tentativeProject(UUID id, UUID projectId) {
        overlays.visible(id);
        return view(tentative(id, projectId));
    }

    /** If-Match is optional; when sent it names the tentative project's version. */
    @Transactional
    public void removeTentative(UUID id, UUID projectId, String ifMatch) {
        Scenario scenario = open(id);
        TentativeProject project = tentative(id, projectId);
        requireMatchIfGiven(ifMatch, project.version);
        project.delete();
        scenario.stampChanged(clock.instant());
        events.tentativeRemoved(scenario, projectId);
    }

    /**
     * Makes the scenario's allocation changes real in one transaction, through the same service (checks, events)
     * as any other booking; refused whole with 409 when a live allocation it is based on has moved since. If-Match is
     * optional; when sent it names the scenario's version, so that a scenario changed since it was reviewed is not
     * applied.
     */
    @Transactional
    public AppliedScenario apply(UUID id, boolean allowOverallocation, String ifMatch, Actor actor) {
        Scenario scenario = open(id);
        requireMatchIfGiven(ifMatch, scenario.version);
        List<ScenarioAllocation> changes = new ArrayList<>(
                ScenarioAllocation.<ScenarioAllocation> list("key.scenarioId", id));
        // Projects before allocations, in one order: the order bookings and a closing project take them in.
        changes.stream().map(change -> change.projectId).distinct().sorted()
                .forEach(project -> KnownProject.findById(project, LockModeType.PESSIMISTIC_READ));
        Map<UUID, PlannedAllocation> live = ScenarioOverlays.live(allocations.lockAll(changes.stream()
                .filter(change -> change.change != AllocationChangeKind.ADD)
                .map(change -> change.key.allocationId()).toList()));
        List<PlanConflict> conflicts = new PlanOverlay(live, changes.stream().map(ScenarioAllocation::toChange)
                .toList(), List.of()).conflicts(live);
        if (!conflicts.isEmpty()) {
            throw new Conflict("scenario-conflicts", "The live plan moved since the scenario was based on it: "
                    + conflicts.stream().map(c -> "allocation " + c.allocationId() + " (" + c.reason() + ")")
                            .collect(Collectors.joining("; "))
                    + ". Re-base each change that should still hold onto the live version (PATCH it with"
                    + " basedOnVersion), or discard the scenario and plan again from the live plan",
                    Map.of("conflicts", conflicts));
        }
        changes.sort(APPLY_ORDER);
        List<UUID> created = new ArrayList<>();
        List<UUID> changed = new ArrayList<>();
        List<UUID> released = new ArrayList<>();
        for (ScenarioAllocation change : changes) {
            UUID allocationId = change.key.allocationId();
            switch (change.change) {
                case REMOVE -> {
                    allocations.release(allocationId, null, actor);
                    released.add(allocationId);
                }
                case CHANGE -> {
                    if (!change.fields().equals(AllocationFields.of(allocations.get(allocationId)))) {
                        allocations.change(allocationId, change.fields(), allowOverallocation, actor);
                        changed.add(allocationId);
                    }
                }
                case ADD -> created.add(allocations.create(change.projectId, change.fields(), allowOverallocation,
                        actor).id());
            }
        }
        Instant now = clock.instant();
        scenario.status = ScenarioStatus.APPLIED;
        scenario.appliedAt = now;
        scenario.stampChanged(now);
        events.applied(scenario);
        return new AppliedScenario(ScenarioView.of(scenario), created, changed, released);
    }

    private List<ScenarioAllocation> copy(Scenario scenario, ScenarioCopy copy) {
        List<AllocationView> live = allocations.active(copy.projects(), copy.people(), copy.from(), copy.to(),
                MAX_COPY + 1);
        if (live.size() > MAX_COPY) {
            throw new Unprocessable("copy-too-large", "More than " + MAX_COPY + " live allocations match the copy;"
                    + " name fewer projects or people, or a shorter period");
        }
        Instant now = clock.instant();
        List<ScenarioAllocation> copied = new ArrayList<>(live.size());
        for (AllocationView allocation : live) {
            ScenarioAllocation change = copyOf(scenario, allocation, AllocationChangeKind.CHANGE, now);
            change.persist();
            copied.add(change);
        }
        return copied;
    }

    /** A live allocation a change is about to be based on. */
    private AllocationView activeLive(UUID allocationId) {
        AllocationView live = allocations.all(List.of(allocationId)).stream().findFirst()
                .orElseThrow(() -> new NotFound("Allocation", allocationId));
        if (live.status() == AllocationStatus.RELEASED) {
            throw new Conflict("allocation-released", "Allocation " + allocationId
                    + " has been released in the live plan; add a new allocation to the scenario instead");
        }
        return live;
    }

    /**
     * Moves a change's base to the live allocation's current version: the planner has seen how the live plan moved
     * (apply named it a conflict) and keeps the change as the scenario has it.
     */
    private void rebase(ScenarioAllocation change, JsonNode basedOnVersion) {
        if (change.change == AllocationChangeKind.ADD) {
            throw BadRequest.ofField("basedOnVersion", "an allocation the scenario adds is based on no live version");
        }
        if (!basedOnVersion.isIntegralNumber() || !basedOnVersion.canConvertToLong()) {
            throw BadRequest.ofField("basedOnVersion", "must be the live allocation's version, a whole number");
        }
        AllocationView live = activeLive(change.key.allocationId());
        if (basedOnVersion.asLong() != live.version()) {
            throw new Conflict("not-the-live-version", "Allocation " + live.id() + " is at version " + live.version()
                    + " in the live plan; re-base the change onto that version", Map.of("liveVersion", live.version()));
        }
        change.basedOnVersion = live.version();
    }

    private static ScenarioAllocation copyOf(Scenario scenario, AllocationView live, AllocationChangeKind kind,
            Instant now) {
        ScenarioAllocation change = new ScenarioAllocation();
        change.key = new ScenarioAllocation.Key(scenario.id, live.id());
        change.change = kind;
        change.basedOnVersion = live.version();
        change.projectId = live.projectId();
        change.createdAt = now;
        change.version = 1;
        change.write(AllocationFields.of(live));
        return change;
    }

    private ScenarioAllocation change(UUID id, UUID allocationId) {
        ScenarioAllocation change = ScenarioAllocation.findById(new ScenarioAllocation.Key(id, allocationId));
        if (change == null) {
            throw new NotFound("Scenario allocation", allocationId);
        }
        return change;
    }

    private static TentativeProject tentative(UUID id, UUID projectId) {
        TentativeProject project = TentativeProject.find("id = ?1 and scenarioId = ?2", projectId, id).firstResult();
        if (project == null) {
            throw new NotFound("Tentative project", projectId);
        }
        return project;
    }

    /** DELETE and actions take If-Match as the API does elsewhere: optional, and checked when sent. */
    private static void requireMatchIfGiven(String ifMatch, long version) {
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, version);
        }
    }

    /** A scenario that still takes changes, locked so that its version counts each change once. */
    private Scenario open(UUID id) {
        overlays.visible(id);
        Scenario scenario = Scenario.findById(id, LockModeType.PESSIMISTIC_WRITE);
        requireOpen(scenario);
        return scenario;
    }

    private static void requireOpen(Scenario scenario) {
        if (scenario.status == ScenarioStatus.APPLIED) {
            throw new Conflict("scenario-applied", "Scenario " + scenario.id + " was applied at " + scenario.appliedAt
                    + " and takes no more changes; create a new scenario");
        }
    }

    private static void requireInside(TentativeProjectRequest request) {
        if (request.to().isBefore(request.from())) {
            throw BadRequest.ofField("to", "must not be before from");
        }
        for (int i = 0; i < request.roleDemand().size(); i++) {
            RoleDemand role = request.roleDemand().get(i);
            LocalDate from = role.from() == null ? request.from() : role.from();
            LocalDate to = role.to() == null ? request.to() : role.to();
            if (to.isBefore(from)) {
                throw BadRequest.ofField("roleDemand[" + i + "].to", "must not be before from");
            }
            if (from.isBefore(request.from()) || to.isAfter(request.to())) {
                throw BadRequest.ofField("roleDemand[" + i + "]", "must lie inside the project's from and to");
            }
        }
    }

    private TentativeProjectView view(TentativeProject project) {
        return new TentativeProjectView(project.id, project.name, project.practice, project.fromDate,
                project.toDate, project.probability, overlays.roleDemand(project.roleDemand), project.version);
    }
}
