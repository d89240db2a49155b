package io.deliveryhub.metrics.kpi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A computed, explainable project health instead of a hand-picked RAG: the score starts at 100, each factor takes
 * off the points its table below gives, and the result is clamped to 0–100; GREEN from 80, AMBER from 60, else RED,
 * so one factor needing action turns a project AMBER and two turn it RED. {@link #description()} puts the tables
 * in words for the OpenAPI document and docs/kpis.md#project-health.
 */
public final class ProjectHealth {

    public static final int GREEN_FROM = 80;
    public static final int AMBER_FROM = 60;

    public enum Status {
        GREEN, AMBER, RED
    }

    /**
     * @param value the input as text (a number or a RAG), {@code null} without data
     * @param effect points taken off the score (0 or negative)
     */
    public record Factor(String name, String value, int effect, String explanation) {
    }

    public record Score(int score, Status status, List<Factor> factors) {
    }

    /**
     * Everything health looks at; any of it may be absent.
     *
     * @param budgetBurn AC / BAC
     * @param percentComplete a fraction 0–1
     */
    public record Inputs(BigDecimal cpi, BigDecimal spi, String rag, int overdueMilestones, BigDecimal riskExposure,
            BigDecimal budgetBurn, BigDecimal percentComplete, BigDecimal csat) {
    }

    /**
     * How a graded factor's value turns into points: worse than {@code watch} takes {@code watchEffect} off,
     * worse than {@code act} takes {@code actEffect}; {@code worse} says which way "worse" points.
     */
    public record Grading(String factor, String input, Worse worse, BigDecimal watch, int watchEffect, BigDecimal act,
            int actEffect) {

        int effect(BigDecimal value) {
            return worse.holds(value, act) ? actEffect : worse.holds(value, watch) ? watchEffect : 0;
        }

        /** The grading as one sentence part, e.g. {@code cpi: ≥ 0.95 → 0, < 0.95 → −10, < 0.90 → −25}. */
        String describe() {
            return factor + (input == null ? "" : " (" + input + ")") + ": " + worse.opposite() + " "
                    + watch.toPlainString() + " → 0, " + worse.symbol() + " " + watch.toPlainString() + " → "
                    + points(watchEffect) + ", " + worse.symbol() + " " + act.toPlainString() + " → "
                    + points(actEffect);
        }
    }

    /** The comparison under which a value is worse than a threshold. */
    public enum Worse {
        BELOW("<", "≥"), AT_OR_ABOVE("≥", "<"), ABOVE(">", "≤");

        private final String symbol;
        private final String opposite;

        Worse(String symbol, String opposite) {
            this.symbol = symbol;
            this.opposite = opposite;
        }

        boolean holds(BigDecimal value, BigDecimal threshold) {
            int comparison = value.compareTo(threshold);
            return switch (this) {
                case BELOW -> comparison < 0;
                case AT_OR_ABOVE -> comparison >= 0;
                case ABOVE -> comparison > 0;
            };
        }

        String symbol() {
            return symbol;
        }

        String opposite() {
            return opposite;
        }
    }

    /** The thresholds of the graded factors, in the order the score lists them; the prose is built from it. */
    public static final List<Grading> GRADINGS = List.of(
            new Grading("cpi", null, Worse.BELOW, new BigDecimal("0.95"), -10, new BigDecimal("0.90"), -25),
            new Grading("spi", null, Worse.BELOW, new BigDecimal("0.95"), -10, new BigDecimal("0.90"), -25),
            new Grading("riskExposure", "sum of the scores of open risks", Worse.AT_OR_ABOVE, BigDecimal.valueOf(20),
                    -10, BigDecimal.valueOf(40), -20),
            new Grading("budgetBurnVsProgress", "AC/BAC − percent complete", Worse.ABOVE, new BigDecimal("0.10"), -10,
                    new BigDecimal("0.20"), -20),
            new Grading("csat", null, Worse.BELOW, BigDecimal.valueOf(4), -5, BigDecimal.valueOf(3), -15));

    /** Points the latest status report's RAG takes off. */
    public static final Map<String, Integer> RAG_EFFECTS = orderedMap("GREEN", 0, "AMBER", -10, "RED", -25);
    public static final int OVERDUE_EFFECT = -10;
    public static final int OVERDUE_CAP = -30;

    private static final Grading CPI = grading("cpi");
    private static final Grading SPI = grading("spi");
    private static final Grading RISK = grading("riskExposure");
    private static final Grading BURN = grading("budgetBurnVsProgress");
    private static final Grading CSAT = grading("csat");

    private ProjectHealth() {
    }

    public static Score of(Inputs in) {
        List<Factor> factors = new ArrayList<>();
        factors.add(index(CPI, in.cpi(), "cost performance (earned value per unit of actual cost)"));
        factors.add(index(SPI, in.spi(), "schedule performance (earned value per unit of planned value)"));
        factors.add(rag(in.rag()));
        factors.add(overdue(in.overdueMilestones()));
        factors.add(risk(in.riskExposure()));
        factors.add(burn(in.budgetBurn(), in.percentComplete()));
        factors.add(csat(in.csat()));
        int score = Math.max(0, Math.min(100, 100 + factors.stream().mapToInt(Factor::effect).sum()));
        Status status = score >= GREEN_FROM ? Status.GREEN : score >= AMBER_FROM ? Status.AMBER : Status.RED;
        return new Score(score, status, List.copyOf(factors));
    }

    /** The rules above in words, built from the tables so that the API's description cannot drift from them. */
    public static String description() {
        String rag = RAG_EFFECTS.entrySet().stream().map(e -> e.getKey() + " " + points(e.getValue()))
                .collect(Collectors.joining(", "));
        List<String> rules = new ArrayList<>();
        GRADINGS.stream().limit(2).map(Grading::describe).forEach(rules::add);
        rules.add("rag (latest status report): " + rag);
        rules.add("overdueMilestones: " + points(OVERDUE_EFFECT) + " each, at most " + points(OVERDUE_CAP));
        GRADINGS.stream().skip(2).map(Grading::describe).forEach(rules::add);
        return "A computed, explainable health instead of a hand-picked RAG. The score starts at 100; each factor"
                + " takes points off and the result is clamped to 0–100. " + String.join(". ", rules)
                + ". A factor without data takes nothing off and says so. Status: GREEN from " + GREEN_FROM
                + ", AMBER from " + AMBER_FROM + ", else RED.";
    }

    private static Factor index(Grading grading, BigDecimal value, String meaning) {
        String label = grading.factor().toUpperCase();
        if (value == null) {
            return new Factor(grading.factor(), null, 0, "No " + label + " yet: " + meaning + " cannot be computed");
        }
        String text = Decimals.ratio(value).toPlainString();
        int effect = grading.effect(value);
        String explanation = effect == 0 ? label + " " + text + " is at least " + grading.watch() + ": on track"
                : effect == grading.watchEffect()
                        ? label + " " + text + " is below " + grading.watch() + ": watch " + meaning
                : label + " " + text + " is below " + grading.act() + ": act on " + meaning;
        return new Factor(grading.factor(), text, effect, explanation);
    }

    private static Factor rag(String rag) {
        if (rag == null) {
            return new Factor("rag", null, 0, "No status report yet");
        }
        return new Factor("rag", rag, RAG_EFFECTS.getOrDefault(rag, 0), "The latest status report is " + rag);
    }

    private static Factor overdue(int overdue) {
        int effect = Math.max(OVERDUE_CAP, OVERDUE_EFFECT * Math.max(0, overdue));
        String rule = " (" + points(OVERDUE_EFFECT) + " each, at most " + points(OVERDUE_CAP) + ")";
        String explanation = switch (overdue) {
            case 0 -> "No milestone is overdue";
            case 1 -> "1 milestone is overdue" + rule;
            default -> overdue + " milestones are overdue" + rule;
        };
        return new Factor("overdueMilestones", Integer.toString(overdue), overdue > 0 ? effect : 0, explanation);
    }

    private static Factor risk(BigDecimal exposure) {
        if (exposure == null) {
            return new Factor("riskExposure", null, 0, "No risks recorded");
        }
        String text = exposure.stripTrailingZeros().toPlainString();
        int effect = RISK.effect(exposure);
        String band = effect == 0 ? "below " + RISK.watch()
                : (effect == RISK.actEffect() ? RISK.act() : RISK.watch()) + " or more";
        return new Factor("riskExposure", text, effect, "Open risks score " + text + " in total (" + band + ")");
    }

    private static Factor burn(BigDecimal burn, BigDecimal percentComplete) {
        BigDecimal gap = Decimals.subtract(burn, percentComplete);
        if (gap == null) {
            return new Factor("budgetBurnVsProgress", null, 0,
                    "Budget burn or progress unknown: cannot compare spending with progress");
        }
        String text = Decimals.ratio(gap).toPlainString();
        String facts = "budget burn " + Decimals.ratio(burn).toPlainString() + " against "
                + Decimals.ratio(percentComplete).toPlainString() + " complete";
        int effect = BURN.effect(gap);
        String explanation = effect == 0 ? "Spending is in line with progress: " + facts
                : "Spending is more than " + (effect == BURN.actEffect() ? BURN.act() : BURN.watch())
                        + " ahead of progress: " + facts;
        return new Factor("budgetBurnVsProgress", text, effect, explanation);
    }

    private static Factor csat(BigDecimal csat) {
        if (csat == null) {
            return new Factor("csat", null, 0, "No client feedback yet");
        }
        String text = Decimals.ratio(csat).toPlainString();
        int effect = CSAT.effect(csat);
        String band = effect == 0 ? CSAT.watch() + " or more"
                : "below " + (effect == CSAT.actEffect() ? CSAT.act() : CSAT.watch());
        return new Factor("csat", text, effect, "Clients rate the project " + text + " of 5 (" + band + ")");
    }

    private static Grading grading(String factor) {
        return GRADINGS.stream().filter(grading -> grading.factor().equals(factor)).findFirst().orElseThrow();
    }

    private static String points(int effect) {
        return effect < 0 ? "−" + -effect : Integer.toString(effect);
    }

    private static Map<String, Integer> orderedMap(String k1, int v1, String k2, int v2, String k3, int v3) {
        Map<String, Integer> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        map.put(k3, v3);
        return Collections.unmodifiableMap(map);
    }
}
