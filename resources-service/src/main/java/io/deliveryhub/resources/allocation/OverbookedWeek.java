package io.deliveryhub.resources.allocation;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An ISO week in which a person's HARD bookings exceed their capacity after time off. */
@Schema(name = "OverbookedWeek", example = "{\"week\":\"2026-W10\",\"capacityHours\":32.00,\"bookedHours\":48.00}")
public record OverbookedWeek(
        @Schema(description = "ISO week, e.g. 2026-W10") String week,
        @Schema(description = "capacity after time off in that week") BigDecimal capacityHours,
        @Schema(description = "hours of HARD bookings in that week, the new or changed one included") BigDecimal bookedHours) {
}
