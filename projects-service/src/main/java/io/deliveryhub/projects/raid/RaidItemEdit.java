package io.deliveryhub.projects.raid;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a PATCH may change; type is fixed and score is computed. */
@Schema(name = "RaidItemPatch", examples = "{\"impact\":5,\"mitigation\":\"Second HSM vendor on standby\"}")
public record RaidItemEdit(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String description,
        @NotNull @Min(1) @Max(5) Integer probability,
        @NotNull @Min(1) @Max(5) Integer impact,
        @Size(max = 200) String owner,
        @Size(max = 4000) String mitigation,
        LocalDate dueDate,
        @NotNull RaidStatus status,
        @NotNull EscalationLevel escalationLevel) {

    static RaidItemEdit of(RaidItem item) {
        return new RaidItemEdit(item.title, item.description, item.probability, item.impact, item.owner,
                item.mitigation, item.dueDate, item.status, item.escalationLevel);
    }
}
