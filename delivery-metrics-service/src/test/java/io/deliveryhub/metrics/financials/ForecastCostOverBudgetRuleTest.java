package io.deliveryhub.metrics.financials;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliveryhub.metrics.money.ExchangeRates;
import io.deliveryhub.metrics.money.FinancialFigures;
import io.deliveryhub.metrics.money.ProjectFinancials;
import io.deliveryhub.metrics.money.ProjectMoneyFacts;
import io.deliveryhub.metrics.money.ProjectMoneyFacts.Allocation;
import io.deliveryhub.metrics.money.ProjectMoneyFacts.BookedTime;
import io.deliveryhub.metrics.money.ProjectMoneyFacts.Terms;
import io.deliveryhub.metrics.money.Rates;
import io.deliveryhub.platform.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rule judges the cost at completion against the budget in force on the day, not the project's budget now. */
class ForecastCostOverBudgetRuleTest {

    private static final UUID PROJECT = UUID.randomUUID();
    private static final UUID PERSON = UUID.randomUUID();
    private static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);

    /** The worked example of docs/money.md (cost at completion 6480.00) on a budget a change request raised to 20000. */
    private final FinancialFigures figures = ProjectFinancials.asOf(MARCH_31, new ProjectMoneyFacts(
            new Terms(PROJECT, ProjectMoneyFacts.TIME_AND_MATERIALS, "EUR", new BigDecimal("20000"),
                    LocalDate.of(2026, 4, 30)),
            List.of(new BookedTime(PERSON, LocalDate.of(2026, 3, 2), bd(48), bd(40), bd(2880), "EUR", BigDecimal.ZERO)),
            List.of(), null, List.of(new Allocation(PERSON, LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 26),
                    bd(20), true, true, null, null))),
            new Rates().person(PERSON, LocalDate.of(2026, 1, 1), eur(60), eur(100)), new ExchangeRates("EUR"));

    @Test
    void raisesTheAlertAgainstTheBaselinesBudgetThoughTheProjectsBudgetWasRaisedSince() {
        assertThat(ForecastCostOverBudgetRule.breach(watched(new BigDecimal("6000.00")))).hasValueSatisfying(breach -> {
            assertThat(breach.value()).isEqualByComparingTo("6480.00");
            assertThat(breach.threshold()).isEqualByComparingTo("6000.00");
            assertThat(breach.message()).contains("exceeds its budget of 6000.00");
        });
    }

    @Test
    void staysQuietWhileTheBudgetInForceCoversTheCostAtCompletion() {
        assertThat(ForecastCostOverBudgetRule.breach(watched(new BigDecimal("6480.00")))).isEmpty();
        assertThat(ForecastCostOverBudgetRule.breach(watched(new BigDecimal("8000.00")))).isEmpty();
    }

    @Test
    void staysQuietForAProjectWithoutABudgetOnTheDay() {
        assertThat(ForecastCostOverBudgetRule.breach(watched(null))).isEmpty();
    }

    private WatchedFinancials.Watched watched(BigDecimal budgetInForce) {
        return new WatchedFinancials.Watched(PROJECT, "ACME", figures, budgetInForce);
    }

    private static Money eur(double amount) {
        return new Money(BigDecimal.valueOf(amount), "EUR");
    }

    private static BigDecimal bd(double value) {
        return BigDecimal.valueOf(value);
    }
}
