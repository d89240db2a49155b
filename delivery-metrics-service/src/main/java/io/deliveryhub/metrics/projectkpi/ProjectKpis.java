package io.deliveryhub.metrics.projectkpi;

import io.deliveryhub.metrics.kpi.EarnedValueFigures;
import io.deliveryhub.metrics.kpi.MilestoneSchedule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A project's delivery KPIs as of a day (docs/kpis.md). */
@Schema(name = "ProjectKpis", description = "A project's delivery KPIs as of a day, computed from the facts received so far.")
public record ProjectKpis(
        UUID projectId,
        @Schema(example = "ACME-PAY") String key,
        @Schema(example = "Acme payments platform") String name,
        @Schema(example = "2026-03-06") LocalDate asOf,
        EarnedValue earnedValue,
        Schedule schedule,
        BudgetBurn budgetBurn,
        @Schema(description = "Overall RAG of the latest status report dated on or before asOf; null without one",
                enumeration = { "GREEN", "AMBER", "RED" }, nullable = true) String rag,
        @Schema(description = "Sum of the scores of the risks raised by asOf that are open now (OPEN, IN_PROGRESS)",
                example = "16") BigDecimal riskExposure,
        @Schema(description = "Mean CSAT (1–5) of the feedback received by asOf, 3 decimals; null without any",
                example = "4.000", nullable = true) BigDecimal csat,
        @Schema(description = "NPS (−100…100) of the feedback received by asOf, 3 decimals; null without any",
                example = "100.000", nullable = true) BigDecimal nps,
        HealthView health) {

    @Schema(name = "EarnedValue", description = """
            Earned value as of asOf. BAC and the planned dates = those of the baseline in force on asOf (the \
            project's own before any baseline), so a change request approved later never rewrites an earlier day; \
            PV = BAC × elapsed share of that planned duration; EV = BAC × percent complete (weight of milestones DONE \
            by asOf / weight of those counted on asOf, that is added by then and not WAIVED by then; else the latest \
            status report's percentComplete / 100). AC = cost of the time entries dated on or before asOf that are not REJECTED (hours × the \
            person's cost rate on the entry's date); an entry without a cost rate adds hours but no cost. Money as \
            decimal strings with 2 decimals, ratios as numbers with 3, rounded half-even; null where a divisor is 0 \
            or an input is unknown.""")
    public record EarnedValue(
            @Schema(example = "EUR", nullable = true) String currency,
            @Schema(example = "10000.00", nullable = true) String bac,
            @Schema(example = "4000.00", nullable = true) String pv,
            @Schema(example = "2500.00", nullable = true) String ev,
            @Schema(example = "0.00") String ac,
            @Schema(example = "2500.00", nullable = true) String cv,
            @Schema(example = "-1500.00", nullable = true) String sv,
            @Schema(example = "null", nullable = true) String eac,
            @Schema(example = "null", nullable = true) String etc,
            @Schema(example = "null", nullable = true) String vac,
            @Schema(example = "null", nullable = true) BigDecimal cpi,
            @Schema(example = "0.625", nullable = true) BigDecimal spi,
            @Schema(example = "0.750", nullable = true) BigDecimal tcpi,
            @Schema(description = "0–1", example = "0.250", nullable = true) BigDecimal percentComplete) {

        static EarnedValue of(String currency, EarnedValueFigures figures) {
            return new EarnedValue(currency, text(figures.bac()), text(figures.pv()), text(figures.ev()),
                    text(figures.ac()), text(figures.cv()), text(figures.sv()), text(figures.eac()),
                    text(figures.etc()), text(figures.vac()), figures.cpi(), figures.spi(), figures.tcpi(),
                    figures.percentComplete());
        }

        private static String text(BigDecimal money) {
            return money == null ? null : money.toPlainString();
        }
    }

    @Schema(name = "MilestoneScheduleKpis", description = """
            Milestones as they stood on asOf: one added after asOf does not count yet, one WAIVED by asOf never \
            counts, one waived later counts as it was. On time = completed on or before its due date; late = \
            completed after it, or not completed and due before asOf; onTimeRate = on time / (on time + late), null \
            when both are 0; overdue = not completed and due before asOf.""")
    public record Schedule(
            @Schema(example = "3") int milestonesTotal,
            @Schema(example = "1") int milestonesDone,
            @Schema(example = "1.000", nullable = true) BigDecimal onTimeRate,
            @Schema(example = "0") int overdue) {

        static Schedule of(MilestoneSchedule schedule) {
            return new Schedule(schedule.milestonesTotal(), schedule.milestonesDone(), schedule.onTimeRate(),
                    schedule.overdue());
        }
    }

    @Schema(name = "BudgetBurn", description = """
            ratio = AC / BAC (3 decimals, null without a budget); hoursLogged = hours of the time entries \
            dated on or before asOf that are not REJECTED; budgetHours = of the baseline in force on asOf, else the \
            project's.""")
    public record BudgetBurn(
            @Schema(example = "0.000", nullable = true) BigDecimal ratio,
            @Schema(example = "0") BigDecimal hoursLogged,
            @Schema(example = "2400", nullable = true) BigDecimal budgetHours) {
    }
}
