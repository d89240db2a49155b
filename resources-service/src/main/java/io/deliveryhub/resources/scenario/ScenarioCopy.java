package io.deliveryhub.resources.scenario;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which live allocations a new scenario starts from: those matching every criterion given. */
@Schema(name = "ScenarioCopy")
public record ScenarioCopy(
        @Schema(description = "allocations of any of these projects") @Size(max = 500) List<UUID> projectIds,
        @Schema(description = "allocations of any of these people") @Size(max = 2000) List<UUID> personIds,
        @Schema(description = "allocations that end on or after this day") LocalDate from,
        @Schema(description = "allocations that start on or before this day") LocalDate to) {

    List<UUID> projects() {
        return projectIds == null ? List.of() : projectIds;
    }

    List<UUID> people() {
        return personIds == null ? List.of() : personIds;
    }
}
