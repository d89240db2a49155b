package io.deliveryhub.metrics.projectkpi;

import io.deliveryhub.metrics.csv.Csv;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProjectTrend", description = "A project's KPIs week by week, one point per ISO week of [from, to]")
public record ProjectTrend(
        UUID projectId,
        @Schema(example = "ACME-PAY") String key,
        @Schema(example = "Acme payments platform") String name,
        @Schema(example = "2026-03-02") LocalDate from,
        @Schema(example = "2026-03-15") LocalDate to,
        List<TrendPoint> points) {

    /** The points as CSV: a header with the point's field names, then one row per week. */
    public String csv() {
        return Csv.of(TrendPoint.COLUMNS, points.stream().<List<?>> map(TrendPoint::values).toList());
    }
}
