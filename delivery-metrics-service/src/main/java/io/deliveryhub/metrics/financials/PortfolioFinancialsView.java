package io.deliveryhub.metrics.financials;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The portfolio's revenue, cost and margin as of a day, in the base currency. */
@Schema(name = "PortfolioFinancials", description = """
        The filtered projects' financials as of asOf, added up in the base currency: every project but the PROPOSED \
        ones, whose at-completion figures are reported apart as the pipeline, weighted by their win probability. \
        Cost, margin and the projects with the lowest margin are present only for DELIVERY_MANAGER, \
        HEAD_OF_DELIVERY and ADMIN.""")
public record PortfolioFinancialsView(
        @Schema(example = "2026-03-31") LocalDate asOf,
        Filters filters,
        @Schema(example = "EUR") String currency,
        @Schema(description = "Projects counted (PROPOSED ones apart)", example = "42") long projects,
        MoneyTotals actual,
        MoneyTotals forecast,
        MoneyTotals atCompletion,
        @Schema(description = "Actual and forecast per month, months in order") List<Month> months,
        Pipeline pipeline,
        @Schema(description = "The ten projects with the lowest margin % at completion (those with revenue)")
        @JsonInclude(JsonInclude.Include.NON_NULL) List<LowMargin> lowestMargins,
        @Schema(description = "How many amounts were left out for want of an exchange rate (the project financials"
                + " list them)", example = "0") long unconvertedAmounts,
        @Schema(description = "Only for scenario={id}: the figures above are the live plan with the scenario's"
                + " changes, and this is what it changes")
        @JsonInclude(JsonInclude.Include.NON_NULL) ScenarioPortfolio.View scenario) {

    @Schema(name = "PortfolioFinancialsFilters")
    public record Filters(UUID deliveryManagerId, UUID clientId, @Schema(example = "Data & AI") String practice) {
    }

    @Schema(name = "PortfolioFinancialsMonth", description = "Actual amounts by their date, forecast by the day"
            + " forecast; a fixed-price project's remaining contract value counts in its planned end's month")
    public record Month(
            @Schema(example = "2026-04") String month,
            @Schema(example = "0.00") String actualRevenue,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(example = "0.00") String actualCost,
            @Schema(example = "6000.00") String forecastRevenue,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(example = "3600.00") String forecastCost) {
    }

    @Schema(name = "FinancialPipeline", description = "PROPOSED projects: at-completion figures × win probability")
    public record Pipeline(
            @Schema(example = "3") long projects,
            @Schema(description = "PROPOSED projects without a probability, not weighted in", example = "1")
            long withoutProbability,
            @Schema(description = "Weighted") MoneyTotals weighted) {
    }

    @Schema(name = "LowMarginProject")
    public record LowMargin(
            UUID projectId,
            @Schema(example = "ACME-PAY") String key,
            @Schema(example = "Acme payments platform") String name,
            @Schema(example = "ACTIVE") String status,
            @Schema(description = "At completion, in the base currency") MoneyTotals atCompletion) {
    }
}
