package io.deliveryhub.metrics.financials;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.deliveryhub.metrics.kpi.Decimals;
import io.deliveryhub.metrics.money.CurrencyTally.Pair;
import io.deliveryhub.metrics.money.FinancialFigures;
import java.math.BigDecimal;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a scenario changes of a project's financials: scenario − live, forecast and at completion (the same). */
@Schema(name = "ScenarioFinancialsDelta", example = """
        {"scenarioId":"5c1e0f7a-8d2b-4e3f-9a6c-1b2d3e4f5a60","name":"Win the Acme deal","forecastHours":40.000,\
        "inProjectCurrency":{"currency":"EUR","revenue":"4000.00","cost":"2400.00","margin":"1600.00"},\
        "inBaseCurrency":{"currency":"EUR","revenue":"4000.00","cost":"2400.00","margin":"1600.00"}}""")
public record ScenarioMoneyDelta(UUID scenarioId, String name,
        @Schema(description = "forecast hours, scenario − live, 3 decimals") BigDecimal forecastHours,
        Delta inProjectCurrency, Delta inBaseCurrency) {

    /**
     * Money as decimal strings with 2 decimals; cost and margin only for those who may see the project's cost.
     * Actuals never change with a scenario, so this is the change of the forecast and of the figures at completion.
     */
    @Schema(name = "MoneyDelta")
    public record Delta(@Schema(example = "EUR") String currency, @Schema(example = "4000.00") String revenue,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(example = "2400.00") String cost,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(example = "1600.00") String margin) {

        static Delta of(String currency, Pair revenue, Pair cost, Function<Pair, BigDecimal> side,
                boolean costVisible) {
            BigDecimal revenueDelta = side.apply(revenue);
            BigDecimal costDelta = side.apply(cost);
            return new Delta(currency, MoneyTotals.money(revenueDelta),
                    costVisible ? MoneyTotals.money(costDelta) : null,
                    costVisible ? MoneyTotals.money(revenueDelta.subtract(costDelta)) : null);
        }
    }

    static ScenarioMoneyDelta of(UUID scenarioId, String name, FinancialFigures live, FinancialFigures scenario,
            boolean costVisible) {
        Pair revenue = scenario.forecast().revenue().minus(live.forecast().revenue());
        Pair cost = scenario.forecast().cost().minus(live.forecast().cost());
        return new ScenarioMoneyDelta(scenarioId, name,
                Decimals.ratio(scenario.forecast().hours().subtract(live.forecast().hours())),
                Delta.of(live.currency(), revenue, cost, Pair::project, costVisible),
                Delta.of(live.baseCurrency(), revenue, cost, Pair::base, costVisible));
    }
}
