package io.deliveryhub.metrics.workforce;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One row of the utilization view: a person, a practice or a role, or everyone (the total).
 *
 * @param group the person id, practice or role (title) the row is about; null for people without one, and for the
 *              total
 * @param name  the person's name, the group again, or "all" for the total
 */
@Schema(name = "UtilizationRow")
public record UtilizationRow(String group, String name, @Schema(example = "2") int people,
        @Schema(example = "72.000") BigDecimal capacityHours, @Schema(example = "70.500") BigDecimal loggedHours,
        @Schema(example = "60.000") BigDecimal billableHours,
        @Schema(example = "0.979", nullable = true) BigDecimal utilization,
        @Schema(example = "0.833", nullable = true) BigDecimal billableUtilization,
        @Schema(description = "people HARD-allocated below the bench threshold", example = "0") int onBench) {

    static UtilizationRow of(String group, String name, WorkforceFigures figures) {
        return new UtilizationRow(group, name, figures.people(), figures.capacityHours(), figures.loggedHours(),
                figures.billableHours(), figures.utilization(), figures.billableUtilization(), figures.onBench());
    }
}
