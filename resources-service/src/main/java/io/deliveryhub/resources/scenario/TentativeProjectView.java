package io.deliveryhub.resources.scenario;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TentativeProject")
public record TentativeProjectView(UUID id, String name, String practice, LocalDate from, LocalDate to,
        BigDecimal probability,
        @Schema(description = "each role with its own dates (the project's when not given)") List<RoleDemand> roleDemand,
        @Schema(description = "its ETag") long version) {
}
