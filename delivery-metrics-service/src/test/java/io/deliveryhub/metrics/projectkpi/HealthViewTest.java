package io.deliveryhub.metrics.projectkpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliveryhub.metrics.kpi.ProjectHealth;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class HealthViewTest {

    @Test
    void showsScoreStatusAndEveryFactorInOrder() {
        ProjectHealth.Score health = ProjectHealth.of(new ProjectHealth.Inputs(new BigDecimal("0.926"),
                new BigDecimal("0.625"), "GREEN", 0, BigDecimal.valueOf(12), new BigDecimal("0.27"),
                new BigDecimal("0.25"), null));

        HealthView view = HealthView.of(health);

        assertThat(view.score()).isEqualTo(65);
        assertThat(view.status()).isEqualTo(ProjectHealth.Status.AMBER);
        assertThat(view.factors()).extracting(HealthView.Factor::name).containsExactly("cpi", "spi", "rag",
                "overdueMilestones", "riskExposure", "budgetBurnVsProgress", "csat");
        assertThat(view.factors().get(1)).isEqualTo(new HealthView.Factor("spi", "0.625", -25,
                "SPI 0.625 is below 0.90: act on schedule performance (earned value per unit of planned value)"));
    }
}
