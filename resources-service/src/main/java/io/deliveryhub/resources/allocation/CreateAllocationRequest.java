package io.deliveryhub.resources.allocation;

import io.deliveryhub.platform.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateAllocation", example = """
        {"personId":"0b7d6c1e-3f52-4a8e-9d0b-2a9c4c7e5f10","projectId":"3d0f4a5e-2b8c-4f1a-9e6d-7c5b4a3f2e10",
         "from":"2026-03-02","to":"2026-05-29","hoursPerWeek":20,"booking":"HARD","billable":true,
         "billRate":{"amount":"120.00","currency":"EUR"}}""")
public record CreateAllocationRequest(
        @Schema(description = "the person booked; give either this or placeholderRole") UUID personId,
        @Schema(description = "an unnamed role to staff later, e.g. 'Senior Java developer'; give either this or personId")
        @Size(min = 1, max = 100) String placeholderRole,
        @NotNull UUID projectId,
        @NotNull LocalDate from,
        @NotNull LocalDate to,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("168") @Digits(integer = 3, fraction = 2) BigDecimal hoursPerWeek,
        @NotNull Booking booking,
        @Schema(description = "defaults to true") Boolean billable,
        @Schema(description = "overrides the person's default bill rate; a currency other than the base needs an"
                + " exchange rate in force on from") @Valid Money billRate,
        @Schema(description = "placeholders only (422 rates-only-on-placeholders otherwise): the cost per hour to"
                + " price it by; a currency other than the base needs an exchange rate in force on from")
        @Valid Money costRate,
        @Schema(description = "store a HARD booking even if it overbooks a week (it is then flagged); "
                + "same as the query parameter allowOverallocation=true") Boolean allowOverallocation) {

    public AllocationFields fields() {
        return new AllocationFields(personId, placeholderRole, from, to, hoursPerWeek, booking,
                billable == null || billable, billRate, costRate);
    }
}
