package io.deliveryhub.projects.template;

import io.deliveryhub.platform.money.Money;
import io.deliveryhub.projects.project.DeliveryModel;
import io.deliveryhub.projects.project.ProjectKey;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new project from a template: the template gives the delivery model, milestones and RAID entries. */
@Schema(name = "StartProjectFromTemplate", examples = """
        {"key":"ACME-WEB","name":"Acme website relaunch","clientId":"6f1c2f4e-8a4b-4d8e-9a57-0c3f4b1f2a10",
         "plannedStart":"2026-04-06","plannedEnd":"2026-07-31","budget":{"amount":"120000.00","currency":"EUR"},
         "projectManagerId":"1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed"}""")
public record StartProjectRequest(
        @NotBlank @Pattern(regexp = ProjectKey.PATTERN, message = "must be 2-32 upper-case letters, digits or '-', starting with a letter") String key,
        @NotBlank @Size(max = 200) String name,
        @NotNull UUID clientId,
        @Schema(description = "milestones fall due offsetDays after this date") @NotNull LocalDate plannedStart,
        LocalDate plannedEnd,
        @Schema(description = "the template's when omitted") DeliveryModel deliveryModel,
        @Size(max = 100) String practice,
        UUID projectManagerId,
        UUID deliveryManagerId,
        UUID deliveryLeadId,
        @Schema(description = "in the currency the project will account in (the base currency without a budget)")
        @Valid Money budget,
        @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal budgetHours,
        @Size(max = 20) List<@NotBlank @Size(max = 50) String> tags) {
}
