package io.deliveryhub.resources.overallocation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Overallocation", description = "Everyone over-allocated in the ISO weeks the period touches")
public record OverallocationView(LocalDate from, LocalDate to,
        @Schema(description = "the scenario answered for; null for the live plan") UUID scenarioId,
        @Schema(description = "by name") List<OverallocatedPerson> people) {
}
