package io.deliveryhub.metrics.kpi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A computed, explainable project health instead of a hand-picked RAG. The score starts at 100 and each
 * factor takes points off; the result is clamped to 0–100:
 * <table>
 * <caption>Factors and the points they take off</caption>
 * <tr><th>factor</th><th>0</th><th>watch</th><th>act</th></tr>
 * <tr><td>cpi</td><td>≥ 0.95</td><td>≥ 0.90: −10</td><td>&lt; 0.90: −25</td></tr>
 * <tr><td>spi</td><td>≥ 0.95</td><td>≥ 0.90: −10</td><td>&lt; 0.90: −25</td></tr>
 * <tr><td>rag (latest status report)</td><td>GREEN</td><td>AMBER: −10</td><td>RED: −25</td></tr>
 * <tr><td>overdueMilestones</td><td>none</td><td colspan="2">−10 per overdue milestone, at most −30</td></tr>
 * <tr><td>riskExposure (Σ open risk scores)</td><td>&lt; 20</td><td>≥ 20: −10</td><td>≥ 40: −20</td></tr>
 * <tr><td>budgetBurnVsProgress (AC/BAC − percent complete)</td><td>≤ 0.10</td><td>&gt; 0.10: −10</td>
 * <td>&gt; 0.20: −20</td></tr>
 * <tr><td>csat</td><td>≥ 4</td><td>≥ 3: −5</td><td>&lt; 3: −15</td></tr>
 * </table>
 * A factor without data takes nothing off and says so. Status: GREEN from 80, AMBER from 60, else RED — so
 * one factor needing action turns a project AMBER and two turn it RED.
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

    private static final BigDecimal INDEX_WATCH = new BigDecimal("0.95");
    private static final BigDecimal INDEX_ACT = new BigDecimal("0.90");
    private static final BigDecimal RISK_WATCH = BigDecimal.valueOf(20);
    private static final BigDecimal RISK_ACT = BigDecimal.valueOf(40);
    private static final BigDecimal BURN_WATCH = new BigDecimal("0.10");
    private static final BigDecimal BURN_ACT = new BigDecimal("0.20");
    private static final BigDecimal CSAT_GOOD = BigDecimal.valueOf(4);
    private static final BigDecimal CSAT_POOR = BigDecimal.valueOf(3);

    private ProjectHealth() {
    }

    public static Score of(Inputs in) {
        List<Factor> factors = new ArrayList<>();
        factors.add(index("cpi", in.cpi(), "cost performance (earned value per unit of actual cost)"));
        factors.add(index("spi", in.spi(), "schedule performance (earned value per unit of planned value)"));
        factors.add(rag(in.rag()));
        factors.add(overdue(in.overdueMilestones()));
        factors.add(risk(in.riskExposure()));
        factors.add(burn(in.budgetBurn(), in.percentComplete()));
        factors.add(csat(in.csat()));
        int score = Math.max(0, Math.min(100, 100 + factors.stream().mapToInt(Factor::effect).sum()));
        Status status = score >= GREEN_FROM ? Status.GREEN : score >= AMBER_FROM ? Status.AMBER : Status.RED;
        return new Score(score, status, List.copyOf(factors));
    }

    private static Factor index(String name, BigDecimal value, String meaning) {
        if (value == null) {
            return new Factor(name, null, 0, "No " + name.toUpperCase() + " yet: " + meaning + " cannot be computed");
        }
        String text = Decimals.ratio(value).toPlainString();
        if (value.compareTo(INDEX_WATCH) >= 0) {
            return new Factor(name, text, 0, name.toUpperCase() + " " + text + " is at least 0.95: on track");
        }
        if (value.compareTo(INDEX_ACT) >= 0) {
            return new Factor(name, text, -10, name.toUpperCase() + " " + text + " is below 0.95: watch " + meaning);
        }
        return new Factor(name, text, -25, name.toUpperCase() + " " + text + " is below 0.90: act on " + meaning);
    }

    private static Factor rag(String rag) {
        if (rag == null) {
            return new Factor("rag", null, 0, "No status report yet");
        }
        return switch (rag) {
            case "RED" -> new Factor("rag", rag, -25, "The latest status report is RED");
            case "AMBER" -> new Factor("rag", rag, -10, "The latest status report is AMBER");
            default -> new Factor("rag", rag, 0, "The latest status report is " + rag);
        };
    }

    private static Factor overdue(int overdue) {
        int effect = -Math.min(30, 10 * Math.max(0, overdue));
        String explanation = switch (overdue) {
            case 0 -> "No milestone is overdue";
            case 1 -> "1 milestone is overdue (−10 each, at most −30)";
            default -> overdue + " milestones are overdue (−10 each, at most −30)";
        };
        return new Factor("overdueMilestones", Integer.toString(overdue), overdue > 0 ? effect : 0, explanation);
    }

    private static Factor risk(BigDecimal exposure) {
        if (exposure == null) {
            return new Factor("riskExposure", null, 0, "No risks recorded");
        }
        String text = exposure.stripTrailingZeros().toPlainString();
        if (exposure.compareTo(RISK_ACT) >= 0) {
            return new Factor("riskExposure", text, -20, "Open risks score " + text + " in total (40 or more)");
        }
        if (exposure.compareTo(RISK_WATCH) >= 0) {
            return new Factor("riskExposure", text, -10, "Open risks score " + text + " in total (20 or more)");
        }
        return new Factor("riskExposure", text, 0, "Open risks score " + text + " in total (below 20)");
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
        if (gap.compareTo(BURN_ACT) > 0) {
            return new Factor("budgetBurnVsProgress", text, -20, "Spending is more than 0.20 ahead of progress: " + facts);
        }
        if (gap.compareTo(BURN_WATCH) > 0) {
            return new Factor("budgetBurnVsProgress", text, -10, "Spending is more than 0.10 ahead of progress: " + facts);
        }
        return new Factor("budgetBurnVsProgress", text, 0, "Spending is in line with progress: " + facts);
    }

    private static Factor csat(BigDecimal csat) {
        if (csat == null) {
            return new Factor("csat", null, 0, "No client feedback yet");
        }
        String text = Decimals.ratio(csat).toPlainString();
        if (csat.compareTo(CSAT_GOOD) >= 0) {
            return new Factor("csat", text, 0, "Clients rate the project " + text + " of 5 (4 or more)");
        }
        if (csat.compareTo(CSAT_POOR) >= 0) {
            return new Factor("csat", text, -5, "Clients rate the project " + text + " of 5 (below 4)");
        }
        return new Factor("csat", text, -15, "Clients rate the project " + text + " of 5 (below 3)");
    }
}
