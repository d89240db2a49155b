package io.deliveryhub.resources.project;

import com.fasterxml.jackson.databind.JsonNode;
import io.deliveryhub.platform.events.IncomingEvent;
import io.deliveryhub.platform.events.ProjectStateEvents;
import io.deliveryhub.platform.problem.NotFound;
import io.deliveryhub.platform.web.PageRequest;
import io.deliveryhub.platform.web.ResultPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * Keeps the known-projects read model in step with {@code deliveryhub.project.*} events, and announces
 * (in the same transaction) when a project has just stopped taking records, so its bookings end with it.
 */
@ApplicationScoped
public class KnownProjects {

    private static final Map<String, String> SORTABLE = Map.of("key", "key", "status", "status");

    private final Event<ProjectEnded> projectEnded;
    private final Event<ProjectStateApplied> stateApplied;
    private final Clock clock;

    public KnownProjects(Event<ProjectEnded> projectEnded, Event<ProjectStateApplied> stateApplied, Clock clock) {
        this.projectEnded = projectEnded;
        this.stateApplied = stateApplied;
        this.clock = clock;
    }

    /** Whether the event is one this read model keeps: one that carries a project's state. */
    public static boolean reads(IncomingEvent event) {
        return ProjectStateEvents.carriesTheProject(event.type());
    }

    /**
     * Every project state event carries the project's full state; an event not newer than what we hold is stale.
     * The other project events (a baseline change, a closure review) carry no project state and change nothing here.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event) {
        if (!reads(event)) {
            return;
        }
        JsonNode state = event.state();
        UUID id = UUID.fromString(state.get("id").asText());
        KnownProject project = KnownProject.findById(id);
        boolean endedBefore = project != null && project.ended();
        String statusBefore = project == null ? null : project.status;
        if (project == null) {
            project = new KnownProject();
            project.id = id;
        } else if (project.version >= event.version()) {
            return;
        }
        project.key = state.get("key").asText();
        project.name = state.get("name").asText();
        project.status = state.get("status").asText();
        project.acceptsRecords = flag(state.get("acceptsRecords"));
        project.plannedStart = date(state.get("plannedStart"));
        project.plannedEnd = date(state.get("plannedEnd"));
        project.practice = text(state.get("practice"));
        project.probability = probability(state.get("probability"));
        project.projectManagerId = uuid(state.get("projectManagerId"));
        project.deliveryManagerId = uuid(state.get("deliveryManagerId"));
        project.deliveryLeadId = uuid(state.get("deliveryLeadId"));
        project.version = event.version();
        project.updatedAt = event.time();
        project.persist();
        stateApplied.fire(new ProjectStateApplied(id, statusBefore, project.status, !project.ended(), state));
        if (project.ended() && !endedBefore) {
            projectEnded.fire(new ProjectEnded(project.id, project.status,
                    LocalDate.ofInstant(event.time(), clock.getZone())));
        }
    }

    public KnownProjectView get(UUID id) {
        return KnownProject.<KnownProject> findByIdOptional(id).map(KnownProjectView::of)
                .orElseThrow(() -> new NotFound("Known project", id));
    }

    public ResultPage<KnownProjectView> list(PageRequest page) {
        return ResultPage.of(KnownProject.findAll(page.toSort(SORTABLE, "key")), page, KnownProjectView::of);
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? null : value.asText();
    }

    /** Accepts a fraction (0.4) or a percentage (40); anything else is treated as unknown. */
    static BigDecimal probability(JsonNode value) {
        if (value == null || !value.isNumber() || value.decimalValue().signum() < 0) {
            return null;
        }
        BigDecimal number = value.decimalValue();
        if (number.compareTo(BigDecimal.ONE) > 0) {
            number = number.movePointLeft(2);
        }
        return number.compareTo(BigDecimal.ONE) > 0 ? null : number.setScale(4, RoundingMode.HALF_EVEN);
    }

    /** A flag missing from the event (published before it existed) is unknown: null. */
    private static Boolean flag(JsonNode value) {
        return value == null || !value.isBoolean() ? null : value.booleanValue();
    }

    private static UUID uuid(JsonNode value) {
        return value == null || value.isNull() ? null : UUID.fromString(value.asText());
    }

    private static LocalDate date(JsonNode value) {
        return value == null || value.isNull() ? null : LocalDate.parse(value.asText());
    }
}
