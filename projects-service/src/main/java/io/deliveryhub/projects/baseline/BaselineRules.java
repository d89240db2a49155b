package io.deliveryhub.projects.baseline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a project's plan moves once it is baselined: only an approved change request moves it, by its budget,
 * hours and schedule deltas, and never into an impossible plan (negative budget, end before start).
 */
public final class BaselineRules {

    private BaselineRules() {
    }

    /** Planned dates, budget (BAC) and budget hours: what a baseline fixes. */
    public record Plan(LocalDate plannedStart, LocalDate plannedEnd, BigDecimal budget, BigDecimal budgetHours) {
    }

    /** A change request's impact; schedule days move the planned end. */
    public record Delta(BigDecimal budget, BigDecimal budgetHours, int scheduleDays) {
    }

    /** Empty when the delta can be applied to the plan; otherwise what is wrong with the result. */
    public static Optional<String> refusal(Plan current, Delta delta) {
        List<String> problems = new ArrayList<>();
        if (delta.scheduleDays() != 0 && current.plannedEnd() == null) {
            problems.add("the project has no plannedEnd for a schedule delta to move");
        }
        Plan next = applyUnchecked(current, delta);
        if (next.budget() != null && next.budget().signum() < 0) {
            problems.add("the budget would become " + next.budget().toPlainString());
        }
        if (next.budgetHours() != null && next.budgetHours().signum() < 0) {
            problems.add("the budget hours would become " + next.budgetHours().toPlainString());
        }
        if (next.plannedStart() != null && next.plannedEnd() != null && next.plannedEnd().isBefore(next.plannedStart())) {
            problems.add("the planned end " + next.plannedEnd() + " would fall before the planned start "
                    + next.plannedStart());
        }
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
    }

    public static Plan apply(Plan current, Delta delta) {
        refusal(current, delta).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        return applyUnchecked(current, delta);
    }

    /**
     * The baselined fields a direct edit would change: once a baseline exists they move only through change
     * requests, or the project and the plan it is measured against would silently disagree.
     */
    public static List<String> lockedChanges(Plan before, Plan after) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(before.plannedStart(), after.plannedStart())) {
            changed.add("plannedStart");
        }
        if (!Objects.equals(before.plannedEnd(), after.plannedEnd())) {
            changed.add("plannedEnd");
        }
        if (!sameAmount(before.budget(), after.budget())) {
            changed.add("budget");
        }
        if (!sameAmount(before.budgetHours(), after.budgetHours())) {
            changed.add("budgetHours");
        }
        return List.copyOf(changed);
    }

    /** Version 1 is taken when a project first becomes ACTIVE; later activations (from ON_HOLD) keep the history. */
    public static boolean takesFirstBaseline(boolean becomesActive, boolean hasBaseline) {
        return becomesActive && !hasBaseline;
    }

    private static Plan applyUnchecked(Plan current, Delta delta) {
        LocalDate end = current.plannedEnd() == null ? null : current.plannedEnd().plusDays(delta.scheduleDays());
        return new Plan(current.plannedStart(), end, add(current.budget(), delta.budget()),
                add(current.budgetHours(), delta.budgetHours()));
    }

    /** Nothing planned plus nothing changed stays "not planned"; anything else counts from zero. */
    private static BigDecimal add(BigDecimal value, BigDecimal delta) {
        if (delta == null || delta.signum() == 0) {
            return value;
        }
        return (value == null ? BigDecimal.ZERO : value).add(delta);
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
