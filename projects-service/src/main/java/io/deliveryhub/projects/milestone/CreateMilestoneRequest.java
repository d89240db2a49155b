package io.deliveryhub.projects.milestone;

import io.deliveryhub.platform.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateMilestone", examples = """
        {"name":"Design sign-off","dueDate":"2026-03-31","weight":2,
         "billingAmount":{"amount":"25000.00","currency":"EUR"},"acceptanceCriteria":"Client approves the UX designs"}""")
public record CreateMilestoneRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull LocalDate dueDate,
        @Schema(description = "share of earned value; 1 when omitted") @DecimalMin("0") @Digits(integer = 9, fraction = 3) BigDecimal weight,
        @Valid Money billingAmount,
        @Size(max = 4000) String acceptanceCriteria) {
}
