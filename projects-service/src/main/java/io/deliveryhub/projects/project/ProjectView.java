package io.deliveryhub.projects.project;

import io.deliveryhub.platform.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A project as the API and the {@code deliveryhub.project.*} events show it. */
@Schema(name = "Project")
public record ProjectView(UUID id, String key, String name, UUID clientId, ProjectStatus status,
        LocalDate plannedStart, LocalDate plannedEnd, Money budget, long version, Instant createdAt,
        Instant updatedAt) {

    public static ProjectView of(Project project) {
        Money budget = project.budgetAmount == null ? null : Money.of(project.budgetAmount, project.budgetCurrency);
        return new ProjectView(project.id, project.key, project.name, project.clientId, project.status,
                project.plannedStart, project.plannedEnd, budget, project.version, project.createdAt,
                project.updatedAt);
    }
}
