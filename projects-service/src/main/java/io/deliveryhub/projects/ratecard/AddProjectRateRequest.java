package io.deliveryhub.projects.ratecard;

import io.deliveryhub.platform.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewProjectRate", example = """
        {"personId":"1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed","effectiveFrom":"2026-03-01",\
        "billRate":{"amount":"110.00","currency":"EUR"}}""")
public record AddProjectRateRequest(
        @NotNull @Schema(description = "the person (resources-service) whose hours on this project bill at billRate") UUID personId,
        @NotNull LocalDate effectiveFrom,
        @NotNull @Valid @Schema(description = "per hour, in the project's currency") Money billRate) {
}
