package io.deliveryhub.metrics.projectkpi;

import io.deliveryhub.metrics.kpi.ProjectHealth;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A project's computed health as the project KPIs show it; the formula is {@link ProjectHealth}'s. */
@Schema(name = "ProjectHealth", description = """
        A computed, explainable health instead of a hand-picked RAG. The score starts at 100; each factor takes \
        points off and the result is clamped to 0–100. cpi and spi: ≥ 0.95 → 0, ≥ 0.90 → −10, < 0.90 → −25. \
        rag (latest status report): GREEN 0, AMBER −10, RED −25. overdueMilestones: −10 each, at most −30. \
        riskExposure (sum of the scores of open risks): < 20 → 0, ≥ 20 → −10, ≥ 40 → −20. budgetBurnVsProgress \
        (AC/BAC − percent complete): ≤ 0.10 → 0, > 0.10 → −10, > 0.20 → −20. csat: ≥ 4 → 0, ≥ 3 → −5, < 3 → −15. \
        A factor without data takes nothing off and says so. Status: GREEN from 80, AMBER from 60, else RED, so one \
        factor needing action makes a project AMBER and two make it RED.""", example = """
        {"score":65,"status":"AMBER","factors":[
         {"name":"cpi","value":"0.926","effect":-10,"explanation":"CPI 0.926 is below 0.95: watch cost performance (earned value per unit of actual cost)"},
         {"name":"spi","value":"0.625","effect":-25,"explanation":"SPI 0.625 is below 0.90: act on schedule performance (earned value per unit of planned value)"},
         {"name":"rag","value":"GREEN","effect":0,"explanation":"The latest status report is GREEN"},
         {"name":"overdueMilestones","value":"0","effect":0,"explanation":"No milestone is overdue"},
         {"name":"riskExposure","value":"12","effect":0,"explanation":"Open risks score 12 in total (below 20)"},
         {"name":"budgetBurnVsProgress","value":"0.020","effect":0,"explanation":"Spending is in line with progress: budget burn 0.270 against 0.250 complete"},
         {"name":"csat","value":null,"effect":0,"explanation":"No client feedback yet"}]}""")
public record HealthView(
        @Schema(description = "0–100", example = "65") int score,
        ProjectHealth.Status status,
        List<Factor> factors) {

    @Schema(name = "ProjectHealthFactor")
    public record Factor(
            @Schema(example = "cpi") String name,
            @Schema(description = "The input as text (a number or a RAG); null without data", example = "0.926") String value,
            @Schema(description = "Points taken off the score (0 or negative)", example = "-10") int effect,
            String explanation) {
    }

    public static HealthView of(ProjectHealth.Score health) {
        return new HealthView(health.score(), health.status(), health.factors().stream()
                .map(factor -> new Factor(factor.name(), factor.value(), factor.effect(), factor.explanation()))
                .toList());
    }
}
