package io.deliveryhub.projects.project;

import io.deliveryhub.platform.money.Money;
import io.deliveryhub.projects.ExternalRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A project's columns as the list reads them: a projection, so a page loads no managed entities (no persistence
 * context entries, no snapshots of each row kept for a flush that a read never makes). See docs/performance.md.
 */
record ProjectRow(UUID id, String key, String name, UUID clientId, ProjectStatus status, DeliveryModel deliveryModel,
        String practice, UUID projectManagerId, UUID deliveryManagerId, UUID deliveryLeadId, LocalDate plannedStart,
        LocalDate plannedEnd, String currency, BigDecimal budgetAmount, String budgetCurrency, BigDecimal budgetHours,
        List<String> tags, BigDecimal probability, String opportunitySystem, String opportunityId,
        List<RoleDemand> demand, long version, Instant createdAt, Instant updatedAt) {

    ProjectView view() {
        return new ProjectView(id, key, name, clientId, status, deliveryModel, practice, projectManagerId,
                deliveryManagerId, deliveryLeadId, plannedStart, plannedEnd, currency,
                budgetAmount == null ? null : Money.of(budgetAmount, budgetCurrency), budgetHours, List.copyOf(tags),
                probability, opportunityId == null ? null : new ExternalRef(opportunitySystem, opportunityId),
                List.copyOf(demand), ProjectLifecycle.acceptsRecords(status), version, createdAt, updatedAt);
    }
}
