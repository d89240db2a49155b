package io.deliveryhub.resources.capacity;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CapacityGroup")
public record CapacityGroup(
        @Schema(description = "the role, skill or practice; '(unspecified)' when the source has none") String group,
        List<CapacityWeek> weeks) {
}
