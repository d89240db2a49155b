package io.deliveryhub.resources.resourcerequest;

import io.deliveryhub.resources.allocation.Booking;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FillResourceRequest", example = "{\"personId\":\"0b7d6c1e-3f52-4a8e-9d0b-2a9c4c7e5f10\",\"booking\":\"HARD\"}")
public record FillRequest(
        @NotNull UUID personId,
        @Schema(description = "defaults to HARD") Booking booking,
        @Schema(description = "book even if it overbooks a week (the allocation is then flagged)") Boolean allowOverallocation) {
}
