package io.deliveryhub.projects.project;

import io.deliveryhub.platform.money.Money;
import io.deliveryhub.projects.ExternalRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A project as the API and the {@code deliveryhub.project.*} events show it. */
@Schema(name = "Project")
public record ProjectView(UUID id, String key, String name, UUID clientId, ProjectStatus status,
        DeliveryModel deliveryModel, String practice, UUID projectManagerId, UUID deliveryManagerId,
        UUID deliveryLeadId, LocalDate plannedStart, LocalDate plannedEnd, Money budget, BigDecimal budgetHours,
        List<String> tags,
        @Schema(description = "win probability 0–1 from the CRM while the project is a forecast") BigDecimal probability,
        @Schema(description = "the CRM opportunity the project came from") ExternalRef opportunity,
        long version, Instant createdAt, Instant updatedAt) {

    public static ProjectView of(Project project) {
        ExternalRef opportunity = project.opportunityId == null ? null
                : new ExternalRef(project.opportunitySystem, project.opportunityId);
        return new ProjectView(project.id, project.key, project.name, project.clientId, project.status,
                project.deliveryModel, project.practice, project.projectManagerId, project.deliveryManagerId,
                project.deliveryLeadId, project.plannedStart, project.plannedEnd, project.budget(),
                project.budgetHours, List.copyOf(project.tags), project.probability, opportunity, project.version,
                project.createdAt, project.updatedAt);
    }
}
