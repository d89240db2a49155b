package io.deliveryhub.resources.timeentry;

import io.deliveryhub.platform.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A time entry as the API and the {@code deliveryhub.time-entry.*} events show it. Events always carry the
 * cost so consumers never call back; the API shows it only to those who may see cost rates.
 */
@Schema(name = "TimeEntry")
public record TimeEntryView(UUID id, UUID personId, UUID projectId, LocalDate date, BigDecimal hours, boolean billable,
        String description, ExternalRef externalRef, TimeEntryStatus status,
        @Schema(description = "hours × the person's cost rate on that date; null without a rate or without the right to see costs") Money cost,
        @Schema(description = "false when the person had no cost rate on that date") boolean costed,
        String decidedBy, Instant decidedAt, String decisionReason, long version, Instant createdAt, Instant updatedAt) {

    public static TimeEntryView of(TimeEntry entry) {
        return new TimeEntryView(entry.id, entry.personId, entry.projectId, entry.date, entry.hours, entry.billable,
                entry.description,
                entry.externalSystem == null ? null : new ExternalRef(entry.externalSystem, entry.externalId),
                entry.status, entry.costAmount == null ? null : Money.of(entry.costAmount, entry.costCurrency),
                entry.costAmount != null, entry.decidedBy, entry.decidedAt, entry.decisionReason, entry.version,
                entry.createdAt, entry.updatedAt);
    }

    public TimeEntryView withoutCost() {
        return new TimeEntryView(id, personId, projectId, date, hours, billable, description, externalRef, status, null,
                costed, decidedBy, decidedAt, decisionReason, version, createdAt, updatedAt);
    }
}
