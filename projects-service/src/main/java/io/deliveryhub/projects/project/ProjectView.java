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
@Schema(name = "Project", examples = """
        {"id":"3d0f4a5e-2b8c-4f1a-9e6d-7c5b4a3f2e10","key":"ACME-PAY","name":"Acme payments platform",
         "clientId":"6f1c2f4e-8a4b-4d8e-9a57-0c3f4b1f2a10","status":"ACTIVE","deliveryModel":"FIXED_PRICE",
         "practice":"Payments","projectManagerId":"1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed",
         "deliveryManagerId":"9c858901-8a57-4791-81fe-4c455b099bc9","deliveryLeadId":null,
         "plannedStart":"2026-03-02","plannedEnd":"2026-09-30","currency":"EUR","budget":{"amount":"250000.00","currency":"EUR"},
         "budgetHours":2400.00,"tags":["payments","regulated"],"probability":null,
         "opportunity":{"system":"crm","id":"0065g00000AbCdEAAZ"},
         "demand":[{"id":"00k5g00000LmNoPAAZ","role":"Backend developer","skills":[{"skill":"Java","minLevel":4}],
                    "hoursPerWeek":32.00,"from":"2026-03-02","to":"2026-06-26"}],"acceptsRecords":true,"version":4,
         "createdAt":"2026-02-20T09:20:00Z","updatedAt":"2026-03-02T08:00:00Z"}""")
public record ProjectView(UUID id, String key, String name, UUID clientId, ProjectStatus status,
        DeliveryModel deliveryModel, String practice, UUID projectManagerId, UUID deliveryManagerId,
        UUID deliveryLeadId, LocalDate plannedStart, LocalDate plannedEnd,
        @Schema(description = "ISO 4217 code the project accounts in: budget, billing amounts and rate card", example = "EUR") String currency,
        Money budget, BigDecimal budgetHours,
        List<String> tags,
        @Schema(description = "win probability 0–1 from the CRM while the project is a forecast") BigDecimal probability,
        @Schema(description = "the CRM opportunity the project came from") ExternalRef opportunity,
        @Schema(description = "the CRM opportunity's role demand (empty for other projects): pipeline demand while"
                + " PROPOSED, resource requests once won; see docs/pipeline-demand.md") List<RoleDemand> demand,
        @Schema(description = "whether the project still takes records (milestones, status reports, RAID, feedback,"
                + " time entries, allocations): false once it is CLOSED or CANCELLED; consumers use this flag instead"
                + " of their own list of statuses") boolean acceptsRecords,
        long version, Instant createdAt, Instant updatedAt) {

    public static ProjectView of(Project project) {
        ExternalRef opportunity = project.opportunityId == null ? null
                : new ExternalRef(project.opportunitySystem, project.opportunityId);
        return new ProjectView(project.id, project.key, project.name, project.clientId, project.status,
                project.deliveryModel, project.practice, project.projectManagerId, project.deliveryManagerId,
                project.deliveryLeadId, project.plannedStart, project.plannedEnd, project.currency, project.budget(),
                project.budgetHours, List.copyOf(project.tags), project.probability, opportunity,
                List.copyOf(project.demand),
                ProjectLifecycle.acceptsRecords(project.status), project.version,
                project.createdAt, project.updatedAt);
    }
}
