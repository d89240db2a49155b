package io.deliveryhub.projects.changerequest;

import io.deliveryhub.platform.money.Money;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubmitChangeRequest", example = """
        {"title":"PSD2 strong authentication","scope":"Add SCA to the payment initiation flow",
         "budgetDelta":{"amount":"15000.00","currency":"EUR"},"budgetHoursDelta":120,"scheduleDeltaDays":14}""")
public record SubmitChangeRequest(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 10000) String scope,
        // Not @Valid: Money's own rule refuses negative amounts, and a delta may well be negative.
        @Schema(description = "added to the budget when approved; negative to reduce it") Money budgetDelta,
        @Digits(integer = 10, fraction = 2) @Schema(description = "added to the budget hours when approved") BigDecimal budgetHoursDelta,
        @Min(-3650) @Max(3650) @Schema(description = "days the planned end moves when approved; negative to pull it in") Integer scheduleDeltaDays) {
}
