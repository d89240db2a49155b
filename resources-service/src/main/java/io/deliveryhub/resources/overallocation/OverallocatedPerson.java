package io.deliveryhub.resources.overallocation;

import io.deliveryhub.resources.allocation.OverbookedWeek;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OverallocatedPerson", example = """
        {"personId":"0b7d6c1e-3f52-4a8e-9d0b-2a9c4c7e5f10","name":"Ada Lovelace","practice":"Engineering",
         "weeks":[{"week":"2026-W10","capacityHours":40.00,"bookedHours":48.00}]}""")
public record OverallocatedPerson(UUID personId, String name, String practice,
        @Schema(description = "the ISO weeks in which their HARD bookings exceed their capacity after time off")
        List<OverbookedWeek> weeks) {
}
