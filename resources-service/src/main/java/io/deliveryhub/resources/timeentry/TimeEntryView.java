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
                entry.description, externalRef(entry.externalSystem, entry.externalId), entry.status,
                cost(entry.costAmount, entry.costCurrency), entry.costAmount != null, entry.decidedBy, entry.decidedAt,
                entry.decisionReason, entry.version, entry.createdAt, entry.updatedAt);
    }

    /** An entry the batch import wrote at {@code updatedAt}: submitted, so without a decision. */
    static TimeEntryView of(TimeEntryRow row, Instant updatedAt) {
        return new TimeEntryView(row.id(), row.personId(), row.projectId(), row.date(), row.hours(), row.billable(),
                row.description(), externalRef(row.system(), row.externalId()), row.status(),
                row.cost(), row.cost() != null, null, null, null, row.version(), row.createdAt(),
                updatedAt);
    }

    private static ExternalRef externalRef(String system, String id) {
        return system == null ? null : new ExternalRef(system, id);
    }

    private static Money cost(BigDecimal amount, String currency) {
        return amount == null ? null : Money.of(amount, currency);
    }

    public TimeEntryView withoutCost() {
        return new TimeEntryView(id, personId, projectId, date, hours, billable, description, externalRef, status, null,
                costed, decidedBy, decidedAt, decisionReason, version, createdAt, updatedAt);
    }
}
