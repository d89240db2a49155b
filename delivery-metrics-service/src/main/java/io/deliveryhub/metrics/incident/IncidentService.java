package io.deliveryhub.metrics.incident;

import io.deliveryhub.metrics.deployment.DeploymentService;
import io.deliveryhub.metrics.alert.AlertInputsChanged;
import io.deliveryhub.metrics.project.KnownProjects;
import io.deliveryhub.platform.events.AggregateChange;
import io.deliveryhub.platform.events.DomainEvent;
import io.deliveryhub.platform.events.Topics;
import io.deliveryhub.platform.outbox.Outbox;
import io.deliveryhub.platform.problem.BadRequest;
import io.deliveryhub.platform.problem.Conflict;
import io.deliveryhub.platform.problem.NotFound;
import io.deliveryhub.platform.problem.Unprocessable;
import io.deliveryhub.platform.web.PageRequest;
import io.deliveryhub.platform.web.ResultPage;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class IncidentService {

    static final String INCIDENT_RECORDED = "deliveryhub.incident.recorded.v1";
    static final String INCIDENT_RESOLVED = "deliveryhub.incident.resolved.v1";
    static final String INCIDENT_UPDATED = "deliveryhub.incident.updated.v1";
    private static final Map<String, String> SORTABLE = Map.of("openedAt", "openedAt", "resolvedAt", "resolvedAt",
            "service", "service", "severity", "severity", "externalId", "externalId");

    private final Outbox outbox;
    private final KnownProjects projects;
    private final Clock clock;
    private final Event<AlertInputsChanged> changed;
    private final DeploymentService deployments;

    public IncidentService(Outbox outbox, KnownProjects projects, Clock clock, Event<AlertInputsChanged> changed,
            DeploymentService deployments) {
        this.outbox = outbox;
        this.projects = projects;
        this.clock = clock;
        this.changed = changed;
        this.deployments = deployments;
    }

    /** What a post did: a new incident, or the one already recorded under its externalId (changed or not). */
    public record Recorded(IncidentView incident, boolean created) {
    }

    /**
     * Upserts by externalId with replace semantics: what the latest post says is the incident. An identical
     * replay publishes nothing; a post that adds resolvedAt publishes {@code incident.resolved}, any other
     * change {@code incident.updated}.
     */
    @Transactional
    public Recorded record(RecordIncidentRequest request, String actor) {
        if (request.resolvedAt() != null && request.resolvedAt().isBefore(request.openedAt())) {
            throw BadRequest.ofField("resolvedAt", "must not be before openedAt");
        }
        projects.require(request.projectId());
        requireSameProject(request);
        var existing = Incident.lockByExternalId(request.externalId());
        if (existing.isEmpty()) {
            Incident incident = new Incident();
            incident.stampCreated(clock.instant());
            incident.externalId = request.externalId();
            apply(incident, request);
            // Flushed now: a racing first post of the same externalId fails here, on the unique key (409).
            incident.persistAndFlush();
            IncidentView view = IncidentView.of(incident);
            publish(INCIDENT_RECORDED, incident, AggregateChange.created(incident.version, actor, view));
            return new Recorded(view, true);
        }
        Incident incident = existing.get();
        if (!incident.projectId.equals(request.projectId())) {
            throw new Conflict("project-mismatch", "Incident " + request.externalId() + " belongs to project "
                    + incident.projectId + "; an incident cannot move to another project, post it under a new externalId");
        }
        IncidentView before = IncidentView.of(incident);
        apply(incident, request);
        if (IncidentView.of(incident).equals(before)) {
            return new Recorded(before, false);
        }
        incident.stampChanged(clock.instant());
        IncidentView after = IncidentView.of(incident);
        String type = before.resolvedAt() == null && after.resolvedAt() != null ? INCIDENT_RESOLVED : INCIDENT_UPDATED;
        publish(type, incident, AggregateChange.updated(incident.version, actor, before, after));
        return new Recorded(after, false);
    }

    public IncidentView get(UUID id) {
        return Incident.<Incident> findByIdOptional(id).map(IncidentView::of)
                .orElseThrow(() -> new NotFound("Incident", id));
    }

    public ResultPage<IncidentView> list(PageRequest page, IncidentFilter filter) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (filter.projectId() != null) {
            conditions.add("projectId = :projectId");
            parameters.and("projectId", filter.projectId());
        }
        if (filter.service() != null) {
            conditions.add("service = :service");
            parameters.and("service", filter.service());
        }
        if (filter.status() == IncidentStatus.OPEN) {
            conditions.add("resolvedAt is null");
        } else if (filter.status() == IncidentStatus.RESOLVED) {
            conditions.add("resolvedAt is not null");
        }
        if (filter.from() != null) {
            conditions.add("openedAt >= :from");
            parameters.and("from", filter.from().atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        if (filter.to() != null) {
            conditions.add("openedAt < :to");
            parameters.and("to", filter.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        Sort sort = page.sort == null || page.sort.isBlank()
                ? Sort.descending("openedAt").and("externalId")
                : page.toSort(SORTABLE, "externalId");
        var query = conditions.isEmpty()
                ? Incident.<Incident> findAll(sort)
                : Incident.<Incident> find(String.join(" and ", conditions), sort, parameters);
        return ResultPage.of(query, page, IncidentView::of);
    }

    /** A deployment named by the incident may not be recorded yet (it is linked once it is), but not elsewhere. */
    private void requireSameProject(RecordIncidentRequest request) {
        if (request.deploymentExternalId() == null || request.deploymentExternalId().isBlank()) {
            return;
        }
        deployments.projectOf(request.deploymentExternalId().strip())
                .filter(projectId -> !projectId.equals(request.projectId()))
                .ifPresent(projectId -> {
                    throw new Unprocessable("deployment-of-another-project", "deploymentExternalId "
                            + request.deploymentExternalId() + " is a deployment of project " + projectId
                            + ", not of " + request.projectId());
                });
    }

    private static void apply(Incident incident, RecordIncidentRequest request) {
        incident.projectId = request.projectId();
        incident.service = request.service().strip();
        incident.openedAt = stored(request.openedAt());
        incident.resolvedAt = request.resolvedAt() == null ? null : stored(request.resolvedAt());
        incident.deploymentExternalId = request.deploymentExternalId() == null || request.deploymentExternalId().isBlank()
                ? null : request.deploymentExternalId().strip();
        incident.severity = request.severity().strip();
    }

    /** PostgreSQL keeps microseconds: comparing a replay with what is stored must not trip over nanoseconds. */
    private static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    /** Every recorded change is published, and may change what the DORA alert rule finds. */
    private void publish(String type, Incident incident, AggregateChange change) {
        changed.fire(new AlertInputsChanged());
        outbox.publish(DomainEvent.of(Topics.DELIVERY, type, incident.projectId, incident.id, incident.updatedAt,
                change));
    }
}
