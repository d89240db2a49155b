package io.deliveryhub.resources.allocation;

import io.deliveryhub.platform.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a PATCH may change on an allocation (JSON merge patch onto these fields); the project is fixed.
 * {@code personId} and {@code placeholderRole}: exactly one is set after the patch.
 */
@Schema(name = "AllocationPatch", example = "{\"hoursPerWeek\":24,\"to\":\"2026-05-29\"}")
public record AllocationFields(
        UUID personId,
        @Size(min = 1, max = 100) String placeholderRole,
        @NotNull LocalDate from,
        @NotNull LocalDate to,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("168") @Digits(integer = 3, fraction = 2) BigDecimal hoursPerWeek,
        @NotNull Booking booking,
        @NotNull Boolean billable,
        @Valid Money billRate,
        @Valid Money costRate) {

    /** As stored: hours with two decimals, the role without surrounding blanks. */
    public AllocationFields normalized() {
        return new AllocationFields(personId, placeholderRole == null ? null : placeholderRole.strip(), from, to,
                hoursPerWeek.setScale(2, RoundingMode.HALF_EVEN), booking, billable, billRate, costRate);
    }

    static AllocationFields of(Allocation allocation) {
        return of(AllocationView.of(allocation));
    }

    public static AllocationFields of(AllocationView view) {
        return new AllocationFields(view.personId(), view.placeholderRole(), view.from(), view.to(),
                view.hoursPerWeek(), view.booking(), view.billable(), view.billRate(), view.costRate());
    }
}
