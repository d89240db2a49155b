package io.deliveryhub.resources.utilization;

import java.math.BigDecimal;

/**
 * One row of the utilization view.
 *
 * @param group the person id, practice or role (title) the row is about; null for people without one
 * @param name the person's name, or the group again
 */
public record UtilizationRow(String group, String name, int people, BigDecimal capacityHours, BigDecimal loggedHours,
        BigDecimal billableHours, BigDecimal utilization, BigDecimal billableUtilization) {
}
