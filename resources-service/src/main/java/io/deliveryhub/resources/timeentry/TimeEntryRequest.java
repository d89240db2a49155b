package io.deliveryhub.resources.timeentry;

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

@Schema(name = "NewTimeEntry", example = """
        {"personId":"0b7d6c1e-3f52-4a8e-9d0b-2a9c4c7e5f10","projectId":"3d0f4a5e-2b8c-4f1a-9e6d-7c5b4a3f2e10",\
        "date":"2026-03-02","hours":7.5,"billable":true,"description":"Payment API design",\
        "externalRef":{"system":"harvest","id":"TE-884213"}}""")
public record TimeEntryRequest(
        @NotNull UUID personId,
        @NotNull UUID projectId,
        @NotNull LocalDate date,
        @NotNull @DecimalMin(value = "0", inclusive = false, message = TimeEntryRules.HOURS_RANGE)
        @DecimalMax(value = TimeEntryRules.MAX_HOURS, message = TimeEntryRules.HOURS_RANGE)
        @Digits(integer = 2, fraction = 2, message = TimeEntryRules.HOURS_DECIMALS) BigDecimal hours,
        @Schema(description = "defaults to true") Boolean billable,
        @Size(max = 2000) String description,
        @Valid ExternalRef externalRef) {

    /** An entry is billable unless it says otherwise. */
    boolean billableOrDefault() {
        return billable == null || billable;
    }
}
