package io.deliveryhub.metrics.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliveryhub.metrics.kpi.ProjectHealth.Factor;
import io.deliveryhub.metrics.kpi.ProjectHealth.Inputs;
import io.deliveryhub.metrics.kpi.ProjectHealth.Score;
import io.deliveryhub.metrics.kpi.ProjectHealth.Status;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ProjectHealthTest {

    private static final Inputs HEALTHY = new Inputs(bd("1.02"), bd("0.97"), "GREEN", 0, bd("12"), bd("0.40"),
            bd("0.45"), bd("4.5"));

    @Test
    void scoresAHealthyProjectFullAndExplainsEveryFactor() {
        Score health = ProjectHealth.of(HEALTHY);

        assertThat(health.score()).isEqualTo(100);
        assertThat(health.status()).isEqualTo(Status.GREEN);
        assertThat(health.factors()).extracting(Factor::name).containsExactly("cpi", "spi", "rag",
                "overdueMilestones", "riskExposure", "budgetBurnVsProgress", "csat");
        assertThat(health.factors()).allSatisfy(factor -> {
            assertThat(factor.effect()).isZero();
            assertThat(factor.explanation()).isNotBlank();
        });
        assertThat(factor(health, "cpi").value()).isEqualTo("1.020");
    }

    @Test
    void takesNothingOffForMissingDataAndSaysSo() {
        Score health = ProjectHealth.of(new Inputs(null, null, null, 0, null, null, null, null));

        assertThat(health.score()).isEqualTo(100);
        assertThat(health.status()).isEqualTo(Status.GREEN);
        assertThat(factor(health, "cpi").value()).isNull();
        assertThat(factor(health, "cpi").explanation()).startsWith("No CPI yet");
        assertThat(factor(health, "rag").explanation()).isEqualTo("No status report yet");
    }

    @Test
    void watchesAnIndexJustBelowTargetAndActsBelowNinety() {
        assertThat(effect(with(bd("0.95"), null, null), "cpi")).isZero();
        assertThat(effect(with(bd("0.949"), null, null), "cpi")).isEqualTo(-10);
        assertThat(effect(with(bd("0.90"), null, null), "cpi")).isEqualTo(-10);
        assertThat(effect(with(bd("0.899"), null, null), "cpi")).isEqualTo(-25);
        assertThat(effect(with(null, bd("0.899"), null), "spi")).isEqualTo(-25);
    }

    @Test
    void turnsAmberOnOneFactorNeedingActionAndRedOnTwo() {
        Score red = ProjectHealth.of(with(null, null, "RED"));
        Score redAndOverBudget = ProjectHealth.of(with(bd("0.85"), null, "RED"));

        assertThat(red.score()).isEqualTo(75);
        assertThat(red.status()).isEqualTo(Status.AMBER);
        assertThat(redAndOverBudget.score()).isEqualTo(50);
        assertThat(redAndOverBudget.status()).isEqualTo(Status.RED);
    }

    @Test
    void staysGreenOnASingleWatchFactor() {
        Score amberReport = ProjectHealth.of(with(null, null, "AMBER"));

        assertThat(amberReport.score()).isEqualTo(90);
        assertThat(amberReport.status()).isEqualTo(Status.GREEN);
    }

    @Test
    void takesTenPerOverdueMilestoneUpToThirty() {
        assertThat(effect(overdue(1), "overdueMilestones")).isEqualTo(-10);
        assertThat(effect(overdue(3), "overdueMilestones")).isEqualTo(-30);
        assertThat(effect(overdue(7), "overdueMilestones")).isEqualTo(-30);
        assertThat(factor(ProjectHealth.of(overdue(2)), "overdueMilestones").explanation())
                .startsWith("2 milestones are overdue");
    }

    @Test
    void weighsRiskExposure() {
        assertThat(effect(risk("19"), "riskExposure")).isZero();
        assertThat(effect(risk("20"), "riskExposure")).isEqualTo(-10);
        assertThat(effect(risk("40"), "riskExposure")).isEqualTo(-20);
    }

    @Test
    void comparesBudgetBurnWithProgress() {
        assertThat(effect(burn("0.60", "0.50"), "budgetBurnVsProgress")).isZero();
        assertThat(effect(burn("0.61", "0.50"), "budgetBurnVsProgress")).isEqualTo(-10);
        assertThat(effect(burn("0.71", "0.50"), "budgetBurnVsProgress")).isEqualTo(-20);
        assertThat(effect(burn("0.71", null), "budgetBurnVsProgress")).isZero();
        assertThat(factor(ProjectHealth.of(burn("0.95", "0.50")), "budgetBurnVsProgress").explanation())
                .contains("0.950", "0.500");
    }

    @Test
    void weighsClientSatisfaction() {
        assertThat(effect(csat("4"), "csat")).isZero();
        assertThat(effect(csat("3.999"), "csat")).isEqualTo(-5);
        assertThat(effect(csat("2.9"), "csat")).isEqualTo(-15);
    }

    @Test
    void neverScoresBelowZero() {
        Score health = ProjectHealth.of(new Inputs(bd("0.5"), bd("0.5"), "RED", 5, bd("100"), bd("1.5"), bd("0.1"),
                bd("1")));

        assertThat(health.score()).isZero();
        assertThat(health.status()).isEqualTo(Status.RED);
    }

    private static Inputs with(BigDecimal cpi, BigDecimal spi, String rag) {
        return new Inputs(cpi, spi, rag, 0, null, null, null, null);
    }

    private static Inputs overdue(int count) {
        return new Inputs(null, null, null, count, null, null, null, null);
    }

    private static Inputs risk(String exposure) {
        return new Inputs(null, null, null, 0, bd(exposure), null, null, null);
    }

    private static Inputs burn(String burn, String percentComplete) {
        return new Inputs(null, null, null, 0, null, bd(burn), percentComplete == null ? null : bd(percentComplete),
                null);
    }

    private static Inputs csat(String csat) {
        return new Inputs(null, null, null, 0, null, null, null, bd(csat));
    }

    private static int effect(Inputs inputs, String name) {
        return factor(ProjectHealth.of(inputs), name).effect();
    }

    private static Factor factor(Score health, String name) {
        return health.factors().stream().filter(factor -> factor.name().equals(name)).findFirst().orElseThrow();
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
