package io.deliveryhub.resources.capacity;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Capacity", description = "Supply against demand per ISO week of the period, per group")
public record CapacityView(LocalDate from, LocalDate to, CapacityGroupBy groupBy, List<String> weeks,
        List<CapacityGroup> groups) {
}
