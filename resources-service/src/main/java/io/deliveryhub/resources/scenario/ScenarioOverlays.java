package io.deliveryhub.resources.scenario;

import static io.deliveryhub.platform.security.Roles.DELIVERY_MANAGER;
import static io.deliveryhub.platform.security.Roles.HEAD_OF_DELIVERY;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deliveryhub.platform.problem.NotFound;
import io.deliveryhub.platform.security.Actor;
import io.deliveryhub.resources.allocation.AllocationService;
import io.deliveryhub.resources.allocation.AllocationStatus;
import io.deliveryhub.resources.allocation.AllocationView;
import io.deliveryhub.resources.availability.BookedHours;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds the scenarios a caller may see and lays them over the live plan for the staffing views. A scenario belongs
 * to the person who made it; delivery managers and the head of delivery see every one; anyone else gets 404, as
 * for something that does not exist (docs/access.md).
 */
@ApplicationScoped
public class ScenarioOverlays {

    private static final TypeReference<List<RoleDemand>> ROLE_DEMAND = new TypeReference<>() {
    };

    private final AllocationService allocations;
    private final Actor actor;
    private final ObjectMapper json;

    public ScenarioOverlays(AllocationService allocations, Actor actor, ObjectMapper json) {
        this.allocations = allocations;
        this.actor = actor;
        this.json = json;
    }

    /** The live plan with the scenario's changes; {@link PlanOverlay#NONE} when no scenario is asked for. */
    public PlanOverlay of(UUID scenarioId) {
        if (scenarioId == null) {
            return PlanOverlay.NONE;
        }
        Scenario scenario = visible(scenarioId);
        List<PlanChange> changes = changesOf(scenario.id);
        return new PlanOverlay(live(allocations.all(changes.stream().map(PlanChange::allocationId).toList())),
                changes, tentativeDemand(scenario.id));
    }

    Scenario visible(UUID id) {
        Scenario scenario = Scenario.findById(id);
        if (scenario == null || !(seesAll() || ownedByCaller(scenario))) {
            throw new NotFound("Scenario", id);
        }
        return scenario;
    }

    boolean seesAll() {
        return actor.hasAnyRole(HEAD_OF_DELIVERY, DELIVERY_MANAGER);
    }

    Optional<UUID> callerId() {
        return actor.personId();
    }

    private boolean ownedByCaller(Scenario scenario) {
        return actor.personId().map(me -> me.equals(scenario.ownerId)).orElse(false);
    }

    static List<PlanChange> changesOf(UUID scenarioId) {
        return ScenarioAllocation.<ScenarioAllocation> list("key.scenarioId = ?1 order by createdAt", scenarioId)
                .stream().map(ScenarioAllocation::toChange).toList();
    }

    static Map<UUID, PlannedAllocation> live(List<AllocationView> views) {
        Map<UUID, PlannedAllocation> live = new HashMap<>();
        for (AllocationView view : views) {
            live.put(view.id(), new PlannedAllocation(view.id(), view.personId(), view.placeholderRole(),
                    view.projectId(), view.from(), view.to(), view.hoursPerWeek(), view.booking(), view.version(),
                    view.status() == AllocationStatus.ACTIVE));
        }
        return live;
    }

    private List<TentativeDemand> tentativeDemand(UUID scenarioId) {
        List<TentativeDemand> demand = new ArrayList<>();
        for (TentativeProject project : TentativeProject.<TentativeProject> list("scenarioId", scenarioId)) {
            for (RoleDemand role : roleDemand(project.roleDemand)) {
                demand.add(new TentativeDemand(project.id, role.role(), project.practice,
                        new BookedHours(Objects.requireNonNullElse(role.from(), project.fromDate),
                                Objects.requireNonNullElse(role.to(), project.toDate), role.hoursPerWeek()),
                        project.probability));
            }
        }
        return demand;
    }

    List<RoleDemand> roleDemand(String stored) {
        try {
            return json.readValue(stored, ROLE_DEMAND);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("role_demand is not a JSON array of role demand", e);
        }
    }

    String roleDemand(List<RoleDemand> roles) {
        try {
            return json.writeValueAsString(roles);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
