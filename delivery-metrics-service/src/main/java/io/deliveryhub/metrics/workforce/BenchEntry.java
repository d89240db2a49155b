package io.deliveryhub.metrics.workforce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BenchEntry", example = """
        {"personId":"0b7d6c1e-3f52-4a8e-9d0b-2a9c4c7e5f10","name":"Jane Doe","title":"Developer","practice":"Engineering",
         "capacityHours":160.000,"hardHours":32.000,"freeHours":128.000,"allocation":0.200}""")
public record BenchEntry(UUID personId, String name, String title, String practice,
        @Schema(description = "capacity after time off over the period") BigDecimal capacityHours,
        @Schema(description = "hours of HARD allocations over the period") BigDecimal hardHours,
        @Schema(description = "capacity − HARD hours, never below 0") BigDecimal freeHours,
        @Schema(description = "hardHours / capacityHours, 3 decimals") BigDecimal allocation) {

    /** Only called for someone on the bench, who always has capacity. */
    static BenchEntry of(MeasuredPerson person) {
        PersonFigures figures = person.figures();
        return new BenchEntry(person.personId(), person.name(), person.title(), person.practice(),
                hours(figures.capacity()), hours(figures.hardHours()),
                hours(figures.capacity().subtract(figures.hardHours()).max(BigDecimal.ZERO)),
                figures.hardHours().divide(figures.capacity(), 3, RoundingMode.HALF_EVEN));
    }

    private static BigDecimal hours(BigDecimal value) {
        return value.setScale(3, RoundingMode.HALF_EVEN);
    }
}
