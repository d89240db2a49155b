package io.deliveryhub.projects.raid;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RaiseRaidItem", examples = """
        {"type":"RISK","title":"Client HSM credentials late","description":"Vault integration needs them",
         "probability":4,"impact":4,"owner":"Jane Doe","mitigation":"Escalate to the client's CISO","dueDate":"2026-03-20"}""")
public record RaiseRaidItemRequest(
        @NotNull RaidType type,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String description,
        @NotNull @Min(1) @Max(5) Integer probability,
        @NotNull @Min(1) @Max(5) Integer impact,
        @Size(max = 200) String owner,
        @Size(max = 4000) String mitigation,
        LocalDate dueDate,
        @Schema(description = "OPEN when omitted") RaidStatus status,
        @Schema(description = "PROJECT when omitted; a live RISK scoring 15 or more is raised to DELIVERY_MANAGER")
        EscalationLevel escalationLevel) {
}
