package io.deliveryhub.resources.scenario;

import io.deliveryhub.platform.money.Money;
import io.deliveryhub.resources.allocation.AllocationTerms;
import io.deliveryhub.resources.allocation.Booking;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScenarioAllocation", example = """
        {"allocationId":"7e8f9a0b-1c2d-4e3f-8a9b-0c1d2e3f4a5b","change":"CHANGE","basedOnVersion":2,
         "personId":"0b7d6c1e-3f52-4a8e-9d0b-2a9c4c7e5f10","placeholderRole":null,
         "projectId":"3d0f4a5e-2b8c-4f1a-9e6d-7c5b4a3f2e10","from":"2026-03-02","to":"2026-05-29",
         "hoursPerWeek":32.00,"booking":"HARD","billable":true,"billRate":null,"costRate":null,"version":2}""")
public record ScenarioAllocationView(
        @Schema(description = "the live allocation changed or removed; for ADD, an id of the scenario's own")
        UUID allocationId, AllocationChangeKind change,
        @Schema(description = "the live allocation's version the change was made against; null for ADD")
        Long basedOnVersion, UUID personId, String placeholderRole, UUID projectId, LocalDate from, LocalDate to,
        BigDecimal hoursPerWeek, Booking booking, boolean billable, Money billRate, Money costRate,
        @Schema(description = "one more with every change to this change; its ETag") long version) {

    static ScenarioAllocationView of(ScenarioAllocation allocation) {
        AllocationTerms terms = allocation.terms;
        return new ScenarioAllocationView(allocation.key.allocationId(), allocation.change,
                allocation.basedOnVersion, terms.personId, terms.placeholderRole, allocation.projectId,
                terms.fromDate, terms.toDate, terms.hoursPerWeek, terms.booking, terms.billable, terms.billRate(),
                terms.costRate(), allocation.version);
    }
}
