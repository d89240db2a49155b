package io.deliveryhub.metrics.deployment;

import io.deliveryhub.metrics.alert.AlertInputsChanged;
import io.deliveryhub.metrics.project.KnownProjects;
import io.deliveryhub.platform.events.AggregateChange;
import io.deliveryhub.platform.events.DomainEvent;
import io.deliveryhub.platform.events.Topics;
import io.deliveryhub.platform.outbox.Outbox;
import io.deliveryhub.platform.problem.BadRequest;
import io.deliveryhub.platform.problem.Conflict;
import io.deliveryhub.platform.problem.NotFound;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class DeploymentService {

    static final String DEPLOYMENT_RECORDED = "deliveryhub.deployment.recorded.v1";
    static final String DEPLOYMENT_UPDATED = "deliveryhub.deployment.updated.v1";
    private static final Map<String, String> SORTABLE = Map.of("finishedAt", "finishedAt", "startedAt", "startedAt",
            "service", "service", "environment", "environment", "externalId", "externalId");

    private final Outbox outbox;
    private final KnownProjects projects;
    private final Clock clock;
    private final Event<AlertInputsChanged> changed;

    public DeploymentService(Outbox outbox, KnownProjects projects, Clock clock, Event<AlertInputsChanged> changed) {
        this.outbox = outbox;
        this.projects = projects;
        this.clock = clock;
        this.changed = changed;
    }

    /** What a post did: a new deployment, or the one already recorded under its externalId (changed or not). */
    public record Recorded(DeploymentView deployment, boolean created) {
    }

    /**
     * Upserts by the pipeline's externalId. A replay with the same content changes nothing and publishes
     * nothing; one with other content replaces it as a new version. Two first posts racing on one externalId
     * meet the unique key, and the loser gets a 409 it can retry as a replay.
     */
    @Transactional
    public Recorded record(RecordDeploymentRequest request, String actor) {
        List<Commit> commits = validCommits(request);
        projects.require(request.projectId());
        var existing = Deployment.lockByExternalId(request.externalId());
        if (existing.isEmpty()) {
            Deployment deployment = new Deployment();
            deployment.stampCreated(clock.instant());
            deployment.externalId = request.externalId();
            apply(deployment, request, commits);
            // Flushed now: a racing first post of the same externalId fails here, on the unique key (409).
            deployment.persistAndFlush();
            DeploymentView view = DeploymentView.of(deployment);
            publish(DEPLOYMENT_RECORDED, deployment, AggregateChange.created(deployment.version, actor, view));
            return new Recorded(view, true);
        }
        Deployment deployment = existing.get();
        if (!deployment.projectId.equals(request.projectId())) {
            throw new Conflict("project-mismatch", "Deployment " + request.externalId() + " belongs to project "
                    + deployment.projectId + "; a deployment cannot move to another project, post it under a new externalId");
        }
        DeploymentView before = DeploymentView.of(deployment);
        apply(deployment, request, commits);
        if (DeploymentView.of(deployment).equals(before)) {
            return new Recorded(before, false);
        }
        deployment.stampChanged(clock.instant());
        DeploymentView after = DeploymentView.of(deployment);
        publish(DEPLOYMENT_UPDATED, deployment, AggregateChange.updated(deployment.version, actor, before, after));
        return new Recorded(after, false);
    }

    /** The project of the deployment the pipeline knows by this id, if it has been recorded. */
    public Optional<UUID> projectOf(String externalId) {
        return Deployment.findByExternalId(externalId).map(deployment -> deployment.projectId);
    }

    public DeploymentView get(UUID id) {
        return Deployment.<Deployment> findByIdOptional(id).map(DeploymentView::of)
                .orElseThrow(() -> new NotFound("Deployment", id));
    }

    public ResultPage<DeploymentView> list(PageRequest page, DeploymentFilter filter) {
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
        if (filter.environment() != null) {
            conditions.add("lower(environment) = :environment");
            parameters.and("environment", filter.environment().toLowerCase());
        }
        if (filter.status() != null) {
            conditions.add("status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.from() != null) {
            conditions.add("finishedAt >= :from");
            parameters.and("from", filter.from().atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        if (filter.to() != null) {
            conditions.add("finishedAt < :to");
            parameters.and("to", filter.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        Sort sort = page.sort == null || page.sort.isBlank()
                ? Sort.descending("finishedAt").and("externalId")
                : page.toSort(SORTABLE, "externalId");
        var query = conditions.isEmpty()
                ? Deployment.<Deployment> findAll(sort)
                : Deployment.<Deployment> find(String.join(" and ", conditions), sort, parameters);
        return ResultPage.of(query, page, DeploymentView::of);
    }

    private static void apply(Deployment deployment, RecordDeploymentRequest request, List<Commit> commits) {
        deployment.projectId = request.projectId();
        deployment.service = request.service().strip();
        deployment.environment = request.environment().strip();
        deployment.startedAt = stored(request.startedAt());
        deployment.finishedAt = stored(request.finishedAt());
        deployment.status = request.status();
        if (!deployment.commits.equals(commits)) {
            deployment.commits.clear();
            deployment.commits.addAll(commits);
        }
    }

    /** Rules bean validation cannot express: order in time, and each commit once. */
    private static List<Commit> validCommits(RecordDeploymentRequest request) {
        if (request.finishedAt().isBefore(request.startedAt())) {
            throw BadRequest.ofField("finishedAt", "must not be before startedAt");
        }
        List<Commit> commits = request.commits() == null ? List.of() : request.commits();
        Set<String> seen = new HashSet<>();
        List<Commit> stored = new ArrayList<>(commits.size());
        for (int i = 0; i < commits.size(); i++) {
            Commit commit = commits.get(i);
            if (commit.committedAt().isAfter(request.finishedAt())) {
                throw BadRequest.ofField("commits[" + i + "].committedAt", "must not be after finishedAt");
            }
            if (!seen.add(commit.sha())) {
                throw BadRequest.ofField("commits[" + i + "].sha", "lists commit " + commit.sha() + " twice");
            }
            stored.add(new Commit(commit.sha(), stored(commit.committedAt())));
        }
        return stored;
    }

    /** PostgreSQL keeps microseconds: comparing a replay with what is stored must not trip over nanoseconds. */
    private static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    /** Every recorded change is published, and may change what the DORA alert rule finds. */
    private void publish(String type, Deployment deployment, AggregateChange change) {
        changed.fire(new AlertInputsChanged());
        outbox.publish(DomainEvent.of(Topics.DELIVERY, type, deployment.projectId, deployment.id, deployment.updatedAt,
                change));
    }
}
