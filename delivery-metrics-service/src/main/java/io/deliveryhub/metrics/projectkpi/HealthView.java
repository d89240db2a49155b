package io.deliveryhub.metrics.projectkpi;

import io.deliveryhub.metrics.kpi.ProjectHealth;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A project's computed health as the project KPIs show it; the formula is {@link ProjectHealth}'s, and so is the
 * schema's description ({@link HealthDescription} writes it).
 */
@Schema(name = "ProjectHealth", example = """
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
