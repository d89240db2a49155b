package io.deliveryhub.resources.resourcerequest;

import com.fasterxml.jackson.databind.JsonNode;
import io.deliveryhub.platform.events.AggregateChange;
import io.deliveryhub.platform.outbox.Outbox;
import io.deliveryhub.platform.problem.BadRequest;
import io.deliveryhub.platform.problem.Conflict;
import io.deliveryhub.platform.problem.NotFound;
import io.deliveryhub.platform.problem.Unprocessable;
import io.deliveryhub.platform.security.Actor;
import io.deliveryhub.platform.security.ProjectStakes;
import io.deliveryhub.platform.web.ETags;
import io.deliveryhub.platform.web.MergePatch;
import io.deliveryhub.platform.web.PageRequest;
import io.deliveryhub.platform.web.ResultPage;
import io.deliveryhub.resources.allocation.AllocationFields;
import io.deliveryhub.resources.allocation.AllocationService;
import io.deliveryhub.resources.allocation.AllocationView;
import io.deliveryhub.resources.allocation.Booking;
import io.deliveryhub.resources.project.KnownProject;
import io.deliveryhub.resources.project.ProjectEnded;
import io.deliveryhub.resources.skill.SkillService;
import io.deliveryhub.resources.skill.SkillView;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Resource requests: opened by a project, filled by booking someone, or cancelled. */
@ApplicationScoped
public class ResourceRequestService {

    static final String SYSTEM_ACTOR = "resources-service";
    private static final Map<String, String> SORTABLE = Map.of("from", "fromDate", "priority", "priority",
            "createdAt", "createdAt");

    private static final Set<String> NOT_PATCHABLE = Set.of("id", "projectId", "status", "filledAllocationId",
            "version", "createdAt", "updatedAt");

    private final Outbox outbox;
    private final AllocationService allocations;
    private final MergePatch mergePatch;
    private final ProjectStakes stakes;
    private final SkillService skills;
    private final Clock clock;

    public ResourceRequestService(Outbox outbox, AllocationService allocations, MergePatch mergePatch,
            ProjectStakes stakes, SkillService skills, Clock clock) {
        this.outbox = outbox;
        this.allocations = allocations;
        this.mergePatch = mergePatch;
        this.stakes = stakes;
        this.skills = skills;
        this.clock = clock;
    }

    @Transactional
    public ResourceRequestView open(CreateResourceRequest input, String actor) {
        if (input.to().isBefore(input.from())) {
            throw BadRequest.ofField("to", "must not be before from");
        }
        KnownProject project = KnownProject.requireOpen(input.projectId(), "resource requests");
        stakes.require(project.people(), project.key);
        ResourceRequest request = newRequest(input, resolve(input.requiredSkills() == null ? List.of()
                : input.requiredSkills()));
        request.persist();
        ResourceRequestView view = view(request);
        outbox.publish(ResourceRequestEvents.of(ResourceRequestEvents.OPENED, view, request.createdAt,
                AggregateChange.created(request.version, actor, view)));
        return view;
    }

    /**
     * Opens the request for one demand line of a won opportunity, unless one was opened for it already (a replayed or
     * redelivered project event): the project id and line id name it, and a unique index holds that to one. Runs in
     * the project event's inbox transaction. Skills the catalogue does not know are left out and named in the event's
     * reason, so the request still reaches the planners.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void openForDemand(String demandLineId, CreateResourceRequest input) {
        KnownProject project = KnownProject.requireOpen(input.projectId(), "resource requests");
        if (ResourceRequest.count("projectId = ?1 and demandLineId = ?2", project.id, demandLineId) > 0) {
            return;
        }
        List<RequiredSkill> known = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (SkillRequirement wanted : input.requiredSkills()) {
            skills.byName(wanted.skill()).ifPresentOrElse(skill -> known.add(new RequiredSkill(skill.id(),
                    wanted.minLevel())), () -> unknown.add(wanted.skill()));
        }
        ResourceRequest request = newRequest(input, known);
        request.demandLineId = demandLineId;
        request.persist();
        ResourceRequestView view = view(request);
        String reason = "Demand line " + demandLineId + " of the won opportunity of project " + project.key
                + (unknown.isEmpty() ? "" : "; skills not in the catalogue left out: " + String.join(", ", unknown));
        outbox.publish(ResourceRequestEvents.of(ResourceRequestEvents.OPENED, view, request.createdAt,
                AggregateChange.created(request.version, SYSTEM_ACTOR, view).because(reason)));
    }

    public ResourceRequestView get(UUID id) {
        return view(find(id));
    }

    public ResultPage<ResourceRequestView> list(PageRequest page, UUID projectId, RequestStatus status) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (projectId != null) {
            conditions.add("projectId = :projectId");
            parameters.and("projectId", projectId);
        }
        if (status != null) {
            conditions.add("status = :status");
            parameters.and("status", status);
        }
        var sort = page.toSort(SORTABLE, "fromDate");
        var query = conditions.isEmpty() ? ResourceRequest.<ResourceRequest> findAll(sort)
                : ResourceRequest.<ResourceRequest> find(String.join(" and ", conditions), sort, parameters);
        ResultPage<ResourceRequest> rows = ResultPage.of(query, page, r -> r);
        Map<UUID, String> names = skillNames(rows.items().stream()
                .flatMap(r -> r.requiredSkills.stream().map(s -> s.skillId)).toList());
        return new ResultPage<>(rows.items().stream().map(r -> ResourceRequestView.of(r, names)).toList(),
                rows.page(), rows.size(), rows.total());
    }

    /** JSON merge patch of an OPEN request's role, skills, hours, period or priority. */
    @Transactional
    public ResourceRequestView patch(UUID id, String ifMatch, JsonNode patch, String actor) {
        // Project first, then request: the order a closing project takes them in, so the two never deadlock.
        KnownProject project = KnownProject.requireOpen(projectOf(id), "resource requests");
        stakes.require(project.people(), project.key);
        ResourceRequest request = lock(id);
        ETags.requireMatch(ifMatch, request.version);
        requireOpen(request);
        ResourceRequestView before = view(request);
        ResourceRequestFields changed = mergePatch.apply(ResourceRequestFields.of(before), patch,
                ResourceRequestFields.class, NOT_PATCHABLE);
        if (changed.to().isBefore(changed.from())) {
            throw BadRequest.ofField("to", "must not be before from");
        }
        List<RequiredSkill> skills = resolve(changed.requiredSkills());
        String role = changed.role().strip();
        BigDecimal hours = changed.hoursPerWeek().setScale(2, RoundingMode.HALF_EVEN);
        if (role.equals(request.role) && hours.equals(request.hoursPerWeek) && changed.from().equals(request.fromDate)
                && changed.to().equals(request.toDate) && changed.priority() == request.priority
                && sameSkills(skills, request.requiredSkills)) {
            return before;
        }
        request.role = role;
        request.hoursPerWeek = hours;
        request.fromDate = changed.from();
        request.toDate = changed.to();
        request.priority = changed.priority();
        if (!sameSkills(skills, request.requiredSkills)) {
            request.requiredSkills.clear();
            request.requiredSkills.addAll(skills);
        }
        request.stampChanged(clock.instant());
        ResourceRequestView after = view(request);
        outbox.publish(ResourceRequestEvents.of(ResourceRequestEvents.UPDATED, after, request.updatedAt,
                AggregateChange.updated(request.version, actor, before, after)));
        return after;
    }

    @Transactional
    public ResourceRequestView cancel(UUID id, String ifMatch, String actor) {
        KnownProject project = KnownProject.findById(projectOf(id));
        stakes.require(project.people(), project.key);
        ResourceRequest request = lock(id);
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, request.version);
        }
        requireOpen(request);
        return close(request, RequestStatus.CANCELLED, null, actor);
    }

    /** Books the person and closes the request in one transaction: either both happen or neither. */
    @Transactional
    public FilledRequest fill(UUID id, FillRequest input, Actor actor) {
        // Project first, then request: the order a closing project takes them in, so the two never deadlock.
        KnownProject project = KnownProject.requireOpen(projectOf(id), "allocations");
        stakes.require(project.people(), project.key);
        ResourceRequest request = lock(id);
        requireOpen(request);
        Booking booking = input.booking() == null ? Booking.HARD : input.booking();
        AllocationView allocation = allocations.create(request.projectId, new AllocationFields(input.personId(), null,
                request.fromDate, request.toDate, request.hoursPerWeek, booking, true, null, null),
                Boolean.TRUE.equals(input.allowOverallocation()), actor);
        return new FilledRequest(close(request, RequestStatus.FILLED, allocation.id(), actor.name()), allocation);
    }

    /** A cancelled or closed project needs nobody any more; runs in the project event's inbox transaction. */
    void cancelWithProject(@Observes ProjectEnded ended) {
        List<ResourceRequest> open = ResourceRequest.<ResourceRequest> find("projectId = ?1 and status = ?2",
                ended.projectId(), RequestStatus.OPEN).withLock(LockModeType.PESSIMISTIC_WRITE).list();
        for (ResourceRequest request : open) {
            close(request, RequestStatus.CANCELLED, null, SYSTEM_ACTOR);
        }
    }

    private ResourceRequest newRequest(CreateResourceRequest input, List<RequiredSkill> requiredSkills) {
        ResourceRequest request = new ResourceRequest();
        request.stampCreated(clock.instant());
        request.projectId = input.projectId();
        request.role = input.role().strip();
        request.requiredSkills = requiredSkills;
        request.hoursPerWeek = input.hoursPerWeek().setScale(2, RoundingMode.HALF_EVEN);
        request.fromDate = input.from();
        request.toDate = input.to();
        request.priority = input.priority() == null ? RequestPriority.MEDIUM : input.priority();
        request.status = RequestStatus.OPEN;
        return request;
    }

    ResourceRequest find(UUID id) {
        return ResourceRequest.<ResourceRequest> findByIdOptional(id)
                .orElseThrow(() -> new NotFound("Resource request", id));
    }

    ResourceRequestView view(ResourceRequest request) {
        return ResourceRequestView.of(request, skillNames(request.requiredSkills.stream().map(s -> s.skillId).toList()));
    }

    Map<UUID, String> skillNames(Collection<UUID> ids) {
        return skills.names(ids);
    }

    private ResourceRequestView close(ResourceRequest request, RequestStatus status, UUID filledBy, String actor) {
        ResourceRequestView before = view(request);
        request.status = status;
        request.filledAllocationId = filledBy;
        request.stampChanged(clock.instant());
        ResourceRequestView after = view(request);
        String type = status == RequestStatus.FILLED ? ResourceRequestEvents.FILLED : ResourceRequestEvents.CANCELLED;
        outbox.publish(ResourceRequestEvents.of(type, after, request.updatedAt,
                AggregateChange.updated(request.version, actor, before, after)));
        return after;
    }

    private static void requireOpen(ResourceRequest request) {
        if (request.status != RequestStatus.OPEN) {
            throw new Conflict("request-not-open", "Resource request " + request.id + " is " + request.status
                    + "; only an OPEN request can be changed, filled or cancelled. Open a new request instead");
        }
    }

    private static boolean sameSkills(List<RequiredSkill> a, List<RequiredSkill> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).skillId.equals(b.get(i).skillId) || a.get(i).minLevel != b.get(i).minLevel) {
                return false;
            }
        }
        return true;
    }

    /** Each requirement names a catalogue skill by id or by name (case-insensitive), once. */
    private List<RequiredSkill> resolve(List<SkillRequirement> requirements) {
        List<RequiredSkill> resolved = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < requirements.size(); i++) {
            SkillRequirement requirement = requirements.get(i);
            String field = "requiredSkills[" + i + "]";
            SkillView skill;
            if (requirement.skillId() != null) {
                skill = skills.byId(requirement.skillId()).orElseThrow(() -> new Unprocessable("unknown-skill",
                        field + ".skillId " + requirement.skillId() + " is not in the skill catalogue"));
            } else if (requirement.skill() != null && !requirement.skill().isBlank()) {
                skill = skills.byName(requirement.skill()).orElseThrow(() -> new Unprocessable("unknown-skill",
                        field + ".skill '" + requirement.skill() + "' is not in the skill catalogue; add it there first"));
            } else {
                throw BadRequest.ofField(field, "give skillId or skill (the catalogue name)");
            }
            if (!seen.add(skill.id())) {
                throw BadRequest.ofField(field, "names " + skill.name() + " a second time");
            }
            resolved.add(new RequiredSkill(skill.id(), requirement.minLevel()));
        }
        return resolved;
    }

    private static UUID projectOf(UUID id) {
        return ResourceRequest.getEntityManager()
                .createQuery("select r.projectId from ResourceRequest r where r.id = :id", UUID.class)
                .setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("Resource request", id));
    }

    private static ResourceRequest lock(UUID id) {
        ResourceRequest request = ResourceRequest.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (request == null) {
            throw new NotFound("Resource request", id);
        }
        return request;
    }
}
