package io.deliveryhub.resources.availability;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One ISO week of a person's availability, clipped to the period asked for. */
@Schema(name = "WeekAvailability", example = """
        {"week":"2026-W10","from":"2026-03-02","to":"2026-03-08","capacityHours":40.00,"timeOffHours":8.00,
         "hardHours":24.00,"softHours":8.00,"freeHours":8.00,"overallocated":false}""")
public record WeekAvailability(
        @Schema(description = "ISO week, e.g. 2026-W10") String week,
        @Schema(description = "first day of the week inside the period") LocalDate from,
        @Schema(description = "last day of the week inside the period") LocalDate to,
        @Schema(description = "weekly capacity / 5 × working days the person is active") BigDecimal capacityHours,
        @Schema(description = "capacity taken away by time off (holidays included)") BigDecimal timeOffHours,
        @Schema(description = "hours of HARD allocations") BigDecimal hardHours,
        @Schema(description = "hours of SOFT allocations (not deducted from freeHours)") BigDecimal softHours,
        @Schema(description = "max(0, capacity − time off − hard)") BigDecimal freeHours,
        @Schema(description = "HARD allocations exceed capacity after time off") boolean overallocated) {
}
