package io.deliveryhub.metrics.dora;

import io.deliveryhub.metrics.deployment.Deployment;
import io.deliveryhub.metrics.deployment.DeploymentStatus;
import io.deliveryhub.metrics.incident.Incident;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** DORA over the stored deployments and incidents of a project (or the portfolio), optionally of one service. */
@ApplicationScoped
public class DoraService {

    private final Dora dora;
    private final List<String> productionEnvironments;
    private final EntityManager entityManager;

    public DoraService(@ConfigProperty(name = "deliveryhub.dora.production-environments") List<String> production,
            EntityManager entityManager) {
        this.dora = new Dora(production);
        this.productionEnvironments = production.stream().map(name -> name.trim().toLowerCase()).toList();
        this.entityManager = entityManager;
    }

    /**
     * Loads only what the window needs: its deployments; the ones its incidents name; for the incidents that name
     * none, or one that is not a production deployment we know, the latest successful production deployment of their
     * project and service before the window (one that finished inside it is among the window's own); and the earlier
     * successful production deployments that shipped a commit the window ships again (a commit counts at its first).
     */
    @Transactional
    public DoraReport report(UUID projectId, String service, LocalDate from, LocalDate to) {
        Scope scope = new Scope(projectId, service);
        Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<Incident> incidents = scope.bind(entityManager.createQuery("select i from Incident i where "
                + scope.on("i") + " and i.openedAt >= :start and i.openedAt < :end", Incident.class))
                .setParameter("start", start).setParameter("end", end)
                .getResultList();
        Map<UUID, Deployment> deployments = new LinkedHashMap<>();
        scope.bind(entityManager.createQuery("select distinct d from Deployment d left join fetch d.commits where "
                + scope.on("d") + " and d.finishedAt >= :start and d.finishedAt < :end", Deployment.class))
                .setParameter("start", start).setParameter("end", end)
                .getResultList().forEach(deployment -> deployments.put(deployment.id, deployment));
        List<String> named = incidents.stream().map(incident -> incident.deploymentExternalId)
                .filter(Objects::nonNull).distinct().toList();
        if (!named.isEmpty()) {
            Deployment.<Deployment> list("externalId in ?1", named)
                    .forEach(deployment -> deployments.putIfAbsent(deployment.id, deployment));
        }
        Set<String> knownProduction = deployments.values().stream()
                .filter(deployment -> dora.production(deployment.environment))
                .map(deployment -> deployment.externalId).collect(Collectors.toSet());
        List<UUID> unlinkedProjects = incidents.stream()
                .filter(incident -> !knownProduction.contains(incident.deploymentExternalId))
                .map(incident -> incident.projectId).distinct().toList();
        if (!unlinkedProjects.isEmpty()) {
            latestBeforeWindow(unlinkedProjects, start)
                    .forEach(deployment -> deployments.putIfAbsent(deployment.id, deployment));
        }
        earlierShipmentsOfTheWindowsCommits(scope, start, end)
                .forEach(deployment -> deployments.putIfAbsent(deployment.id, deployment));
        return dora.over(from, to, deployments.values().stream().map(DoraService::toDora).toList(),
                incidents.stream().map(DoraService::toDora).toList());
    }

    /** Per project and service, the latest successful production deployment that finished before {@code start}. */
    private List<Deployment> latestBeforeWindow(List<UUID> projects, Instant start) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager.createNativeQuery("""
                select distinct on (project_id, service) id from deployment
                where project_id in (:projects) and status = 'SUCCESS' and finished_at < :start
                  and lower(environment) in (:production)
                order by project_id, service, finished_at desc""", UUID.class)
                .setParameter("projects", projects)
                .setParameter("start", start)
                .setParameter("production", productionEnvironments)
                .getResultList();
        return ids.isEmpty() ? List.of() : Deployment.list("id in ?1", ids);
    }

    /**
     * The successful production deployments that finished before the window and shipped a commit that a successful
     * production deployment of the window, of the same project and service, ships again.
     */
    private List<Deployment> earlierShipmentsOfTheWindowsCommits(Scope scope, Instant start, Instant end) {
        return scope.bind(entityManager.createQuery("""
                select distinct d from Deployment d join d.commits c
                where d.status = :success and d.finishedAt < :start and lower(d.environment) in (:production)
                  and exists (select 1 from Deployment w join w.commits wc
                              where w.projectId = d.projectId and w.service = d.service and wc.sha = c.sha
                                and w.status = :success and lower(w.environment) in (:production)
                                and w.finishedAt >= :start and w.finishedAt < :end and\s""" + scope.on("w") + ")",
                Deployment.class))
                .setParameter("success", DeploymentStatus.SUCCESS)
                .setParameter("start", start).setParameter("end", end)
                .setParameter("production", productionEnvironments)
                .getResultList();
    }

    /** The project and service asked about; absent ones do not restrict. */
    private record Scope(UUID projectId, String service) {

        String on(String alias) {
            return (projectId == null ? "1 = 1" : alias + ".projectId = :projectId")
                    + (service == null ? "" : " and " + alias + ".service = :service");
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            if (projectId != null) {
                query.setParameter("projectId", projectId);
            }
            if (service != null) {
                query.setParameter("service", service);
            }
            return query;
        }
    }

    private static DoraDeployment toDora(Deployment deployment) {
        return new DoraDeployment(deployment.externalId, deployment.projectId, deployment.service,
                deployment.environment, deployment.finishedAt, deployment.status == DeploymentStatus.SUCCESS,
                deployment.commits);
    }

    private static DoraIncident toDora(Incident incident) {
        return new DoraIncident(incident.projectId, incident.service, incident.openedAt, incident.resolvedAt,
                incident.deploymentExternalId);
    }
}
