package io.deliveryhub.metrics.money;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An amount left out of a figure because no exchange rate was in force for its currency (or the currency it had to
 * be given in) on its date: listed, never counted as 0.
 *
 * @param figure what it would have added to (actualRevenue, actualCost, forecastRevenue, forecastCost)
 * @param amount unrounded, in its own currency
 */
public record Unconverted(String figure, String currency, LocalDate date, BigDecimal amount) {
}
