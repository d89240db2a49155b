package io.deliveryhub.projects.project;

import io.deliveryhub.platform.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
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

@Schema(name = "CreateProject", example = """
        {"key":"ACME-PAY","name":"Acme payments platform","clientId":"6f1c2f4e-8a4b-4d8e-9a57-0c3f4b1f2a10",
         "deliveryModel":"FIXED_PRICE","practice":"Payments",
         "projectManagerId":"1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed","deliveryManagerId":"9c858901-8a57-4791-81fe-4c455b099bc9",
         "deliveryLeadId":null,"plannedStart":"2026-03-02","plannedEnd":"2026-09-30","currency":"EUR",
         "budget":{"amount":"250000.00","currency":"EUR"},"budgetHours":2400,"tags":["payments","regulated"]}""")
public record CreateProjectRequest(
        @NotBlank @Pattern(regexp = ProjectKey.PATTERN, message = "must be 2-32 upper-case letters, digits or '-', starting with a letter") String key,
        @NotBlank @Size(max = 200) String name,
        @NotNull UUID clientId,
        DeliveryModel deliveryModel,
        @Size(max = 100) String practice,
        UUID projectManagerId,
        UUID deliveryManagerId,
        UUID deliveryLeadId,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        @Valid Money budget,
        @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal budgetHours,
        @Size(max = 20) List<@NotBlank @Size(max = 50) String> tags,
        @Schema(description = "win probability 0–1 while the project is a forecast")
        @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 3) BigDecimal probability,
        @Schema(description = "ISO 4217 code the project accounts in, fixed at creation; the base currency when"
                + " omitted. The budget must be in it; another than the base needs an exchange rate in force on"
                + " plannedStart (else today)", example = "USD")
        @Pattern(regexp = "^[A-Z]{3}$", message = "must be an ISO 4217 code such as EUR") String currency) {

    /** The fields every project has, the rest left empty: what tests and imports start from. */
    public static CreateProjectRequest of(String key, String name, UUID clientId, LocalDate plannedStart,
            LocalDate plannedEnd, Money budget) {
        return new CreateProjectRequest(key, name, clientId, null, null, null, null, null, plannedStart, plannedEnd,
                budget, null, List.of(), null, null);
    }

    EditableProject editable() {
        return new EditableProject(name, clientId, deliveryModel, practice, projectManagerId, deliveryManagerId,
                deliveryLeadId, plannedStart, plannedEnd, budget, budgetHours, tags, probability);
    }
}
