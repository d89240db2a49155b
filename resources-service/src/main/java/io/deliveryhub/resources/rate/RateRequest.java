package io.deliveryhub.resources.rate;

import io.deliveryhub.platform.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewRate", example = """
        {"effectiveFrom":"2026-01-01","costRate":{"amount":"65.00","currency":"EUR"},\
        "billRate":{"amount":"120.00","currency":"EUR"}}""")
public record RateRequest(
        @NotNull LocalDate effectiveFrom,
        @NotNull @Valid @Schema(description = "per hour") Money costRate,
        @Valid @Schema(description = "default bill rate per hour") Money billRate) {
}
