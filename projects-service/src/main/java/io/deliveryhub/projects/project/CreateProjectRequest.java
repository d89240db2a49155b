package io.deliveryhub.projects.project;

import io.deliveryhub.platform.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateProject", example = """
        {"key":"ACME-PAY","name":"Acme payments platform","clientId":"6f1c2f4e-8a4b-4d8e-9a57-0c3f4b1f2a10",
         "plannedStart":"2026-03-02","plannedEnd":"2026-09-30","budget":{"amount":"250000.00","currency":"EUR"}}""")
public record CreateProjectRequest(
        @NotBlank @Pattern(regexp = ProjectKey.PATTERN, message = "must be 2-32 upper-case letters, digits or '-', starting with a letter") String key,
        @NotBlank @Size(max = 200) String name,
        @NotNull UUID clientId,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        @Valid Money budget) {
}
