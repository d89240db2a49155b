package io.deliveryhub.metrics.financials;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Revenue and margin of the portfolio, or of one of its projects, actual and at completion, in the base currency. */
@Schema(name = "PortfolioMargins", description = """
        Revenue, cost and margin in the base currency as the portfolio financials compute them (docs/money.md): \
        actual up to asOf and at completion (actual + forecast), of every filtered project but the PROPOSED ones \
        (the pipeline is in GET /api/v1/metrics/portfolio/financials). cost, margin and marginPercent are omitted, \
        not zeroed, for callers other than DELIVERY_MANAGER, HEAD_OF_DELIVERY and ADMIN.""")
public record PortfolioMargins(
        @Schema(example = "EUR") String currency,
        @Schema(description = "Projects counted", example = "10") long projects,
        MoneyTotals actual,
        MoneyTotals atCompletion) {
}
