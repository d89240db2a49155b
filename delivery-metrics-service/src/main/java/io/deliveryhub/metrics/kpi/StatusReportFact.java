package io.deliveryhub.metrics.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A status report as the KPIs need it.
 *
 * @param percentComplete 0–100, as status reports state it; may be absent
 * @param rag the overall RAG (GREEN, AMBER, RED); may be absent
 */
public record StatusReportFact(LocalDate asOf, BigDecimal percentComplete, String rag) {

    /**
     * The latest report dated on or before the day. Of several reports with the same date the one later in
     * the list wins, so callers pass them in the order they were submitted.
     */
    public static Optional<StatusReportFact> latest(List<StatusReportFact> reports, LocalDate day) {
        return reports.stream()
                .filter(report -> report.asOf() != null && !report.asOf().isAfter(day))
                .reduce((earlier, later) -> later.asOf().isBefore(earlier.asOf()) ? earlier : later);
    }
}
