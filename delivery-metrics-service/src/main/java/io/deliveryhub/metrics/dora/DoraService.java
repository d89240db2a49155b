package io.deliveryhub.metrics.dora;

import io.deliveryhub.metrics.deployment.Commit;
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
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** DORA over the stored deployments and incidents of a project (or the portfolio), optionally of one service. */
@ApplicationScoped
public class DoraService {

    private final Dora dora;
    private final EntityManager entityManager;

    public DoraService(@ConfigProperty(name = "deliveryhub.dora.production-environments") List<String> production,
            EntityManager entityManager) {
        this.dora = new Dora(production);
        this.entityManager = entityManager;
    }

    @Transactional
    public DoraReport report(UUID projectId, String service, LocalDate from, LocalDate to) {
        Scope scope = new Scope(projectId, service);
        Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<Incident> incidents = scope.bind(entityManager.createQuery("select i from Incident i where "
                + scope.on("i") + " and i.openedAt >= :start and i.openedAt < :end", Incident.class))
                .setParameter("start", start).setParameter("end", end)
                .getResultList();
        List<String> named = incidents.stream().map(incident -> incident.deploymentExternalId)
                .filter(Objects::nonNull).distinct().toList();
        // Deployments before the window too: an incident of the window may link to one of them.
        TypedQuery<Deployment> deploymentQuery = scope.bind(entityManager.createQuery(
                "select distinct d from Deployment d left join fetch d.commits where " + scope.on("d")
                        + (named.isEmpty() ? " and d.finishedAt < :end" : " and (d.finishedAt < :end or d.externalId in :named)"),
                Deployment.class)).setParameter("end", end);
        if (!named.isEmpty()) {
            deploymentQuery.setParameter("named", named);
        }
        return dora.over(from, to, deploymentQuery.getResultList().stream().map(DoraService::toDora).toList(),
                incidents.stream().map(DoraService::toDora).toList());
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
                deployment.commits.stream().map(Commit::committedAt).toList());
    }

    private static DoraIncident toDora(Incident incident) {
        return new DoraIncident(incident.projectId, incident.service, incident.openedAt, incident.resolvedAt,
                incident.deploymentExternalId);
    }
}
