package io.deliveryhub.metrics.projectkpi;

import io.deliveryhub.metrics.kpi.ProjectHealth;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A project's KPIs as of the end of one ISO week, flat so that a point is also a CSV row. */
@Schema(name = "ProjectTrendPoint", description = """
        The project's KPIs as of the week's Sunday (or of the trend's end, or today, when that comes first), exactly \
        as GET /metrics/projects/{idOrKey}?asOf would answer them for that day: money as decimal strings, ratios as \
        numbers with 3 decimals, null where unknown.""")
public record TrendPoint(
        @Schema(description = "ISO week", example = "2026-W10") String week,
        @Schema(example = "2026-03-08") LocalDate asOf,
        @Schema(example = "EUR", nullable = true) String currency,
        @Schema(example = "10000.00", nullable = true) String bac,
        @Schema(example = "6000.00", nullable = true) String pv,
        @Schema(example = "2500.00", nullable = true) String ev,
        @Schema(example = "2700.00") String ac,
        @Schema(example = "-200.00", nullable = true) String cv,
        @Schema(example = "-3500.00", nullable = true) String sv,
        @Schema(example = "10800.00", nullable = true) String eac,
        @Schema(example = "8100.00", nullable = true) String etc,
        @Schema(example = "-800.00", nullable = true) String vac,
        @Schema(example = "0.926", nullable = true) BigDecimal cpi,
        @Schema(example = "0.417", nullable = true) BigDecimal spi,
        @Schema(example = "1.027", nullable = true) BigDecimal tcpi,
        @Schema(description = "0–1", example = "0.250", nullable = true) BigDecimal percentComplete,
        @Schema(example = "3") int milestonesTotal,
        @Schema(example = "1") int milestonesDone,
        @Schema(example = "1.000", nullable = true) BigDecimal onTimeRate,
        @Schema(example = "0") int overdueMilestones,
        @Schema(description = "AC / BAC", example = "0.270", nullable = true) BigDecimal budgetBurn,
        @Schema(example = "30") BigDecimal hoursLogged,
        @Schema(enumeration = { "GREEN", "AMBER", "RED" }, nullable = true) String rag,
        @Schema(example = "16") BigDecimal riskExposure,
        @Schema(example = "65") int healthScore,
        ProjectHealth.Status healthStatus) {

    /** The CSV header: the field names in their order. */
    static final List<String> COLUMNS = Arrays.stream(TrendPoint.class.getRecordComponents())
            .map(component -> component.getName()).toList();

    static TrendPoint of(TrendPeriod.Week week, ProjectKpis kpis) {
        ProjectKpis.EarnedValue earned = kpis.earnedValue();
        return new TrendPoint(week.week(), kpis.asOf(), earned.currency(), earned.bac(), earned.pv(), earned.ev(),
                earned.ac(), earned.cv(), earned.sv(), earned.eac(), earned.etc(), earned.vac(), earned.cpi(),
                earned.spi(), earned.tcpi(), earned.percentComplete(), kpis.schedule().milestonesTotal(),
                kpis.schedule().milestonesDone(), kpis.schedule().onTimeRate(), kpis.schedule().overdue(),
                kpis.budgetBurn().ratio(), kpis.budgetBurn().hoursLogged(), kpis.rag(), kpis.riskExposure(),
                kpis.health().score(), kpis.health().status());
    }

    List<Object> values() {
        return List.of(week, asOf, nullable(currency), nullable(bac), nullable(pv), nullable(ev), ac, nullable(cv),
                nullable(sv), nullable(eac), nullable(etc), nullable(vac), nullable(cpi), nullable(spi),
                nullable(tcpi), nullable(percentComplete), milestonesTotal, milestonesDone, nullable(onTimeRate),
                overdueMilestones, nullable(budgetBurn), hoursLogged, nullable(rag), riskExposure, healthScore,
                healthStatus);
    }

    // List.of refuses nulls; an empty CSV field says "unknown".
    private static Object nullable(Object value) {
        return value == null ? "" : value;
    }
}
