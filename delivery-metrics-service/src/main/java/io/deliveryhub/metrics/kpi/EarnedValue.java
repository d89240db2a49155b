package io.deliveryhub.metrics.kpi;

import static io.deliveryhub.metrics.kpi.Decimals.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Earned value of a project as of a day D, exactly as docs/kpis.md#earned-value defines it:
 * <ul>
 * <li>BAC, plannedStart and plannedEnd = those of the baseline in force on D (the project's own before any
 * baseline), so a baseline made later never rewrites an earlier day;
 * <li>PV = BAC × f, f = clamp(days(plannedStart, D) / days(plannedStart, plannedEnd), 0, 1); a plan that starts
 * and ends the same day has f = 1 from that day on, else 0;
 * <li>percent complete = weight of milestones DONE on or before D / weight of the milestones that counted on D
 * (added by then and not WAIVED by then), when that weight is above 0; otherwise the latest status report on or before D says it (0–100, divided by 100);
 * EV = BAC × percent complete;
 * <li>AC = cost of the time booked on or before D;
 * <li>CV = EV − AC, SV = EV − PV, CPI = EV / AC, SPI = EV / PV, EAC = BAC / CPI, ETC = EAC − AC,
 * VAC = BAC − EAC, TCPI = (BAC − EV) / (BAC − AC).
 * </ul>
 * Every formula uses unrounded values; only the results are rounded. Nothing here throws on missing data:
 * an unknown input (no budget, no planned dates, no progress) makes what depends on it {@code null}.
 */
public final class EarnedValue {

    private EarnedValue() {
    }

    public static EarnedValueFigures asOf(LocalDate day, ProjectPlan plan, List<MilestoneFact> milestones,
            List<StatusReportFact> reports, List<CostFact> costs) {
        ProjectPlan.Terms inForce = plan.inForceOn(day);
        BigDecimal bac = inForce.budget();
        BigDecimal pv = multiply(bac, plannedFraction(inForce.plannedStart(), inForce.plannedEnd(), day));
        BigDecimal percentComplete = percentComplete(day, milestones, reports);
        BigDecimal ev = multiply(bac, percentComplete);
        BigDecimal ac = actualCost(day, costs);
        BigDecimal cpi = divide(ev, ac);
        BigDecimal eac = divide(bac, cpi);
        return new EarnedValueFigures(
                money(bac), money(pv), money(ev), money(ac),
                money(subtract(ev, ac)),
                money(subtract(ev, pv)),
                money(eac),
                money(subtract(eac, ac)),
                money(subtract(bac, eac)),
                ratio(cpi),
                ratio(divide(ev, pv)),
                ratio(divide(subtract(bac, ev), subtract(bac, ac))),
                ratio(percentComplete));
    }

    /** The share of the plan's duration elapsed on the day, 0–1; unknown without both planned dates. */
    static BigDecimal plannedFraction(LocalDate start, LocalDate end, LocalDate day) {
        if (start == null || end == null || end.isBefore(start)) {
            return null;
        }
        if (start.equals(end)) {
            return day.isBefore(start) ? BigDecimal.ZERO : BigDecimal.ONE;
        }
        BigDecimal fraction = divide(BigDecimal.valueOf(ChronoUnit.DAYS.between(start, day)),
                BigDecimal.valueOf(ChronoUnit.DAYS.between(start, end)));
        return fraction.max(BigDecimal.ZERO).min(BigDecimal.ONE);
    }

    /** A fraction 0–1, unrounded; unknown when neither weighted milestones nor a status report say it. */
    public static BigDecimal percentComplete(LocalDate day, List<MilestoneFact> milestones,
            List<StatusReportFact> reports) {
        List<MilestoneFact> counted = milestones.stream().filter(milestone -> milestone.countsOn(day)).toList();
        BigDecimal totalWeight = sum(counted.stream().map(MilestoneFact::weightOrZero).toList());
        if (totalWeight.signum() > 0) {
            BigDecimal doneWeight = sum(counted.stream().filter(milestone -> milestone.doneBy(day))
                    .map(MilestoneFact::weightOrZero).toList());
            return divide(doneWeight, totalWeight);
        }
        return StatusReportFact.latest(reports, day)
                .map(StatusReportFact::percentComplete)
                .map(percent -> divide(percent, BigDecimal.valueOf(100)))
                .orElse(null);
    }

    /** Cost booked on or before the day; 0 when nothing is booked yet. */
    public static BigDecimal actualCost(LocalDate day, List<CostFact> costs) {
        return sum(costs.stream().filter(cost -> !cost.date().isAfter(day) && cost.cost() != null)
                .map(CostFact::cost).toList());
    }
}
