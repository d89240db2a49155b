package io.deliveryhub.projects.exchangerate;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An exchange rate as the API and the {@code deliveryhub.exchange-rate.set.v1} event show it. */
@Schema(name = "ExchangeRate", example = """
        {"currency":"USD","effectiveFrom":"2026-01-01","rateToBase":"0.9200000000","baseCurrency":"EUR","version":1,
         "updatedAt":"2026-01-02T09:00:00Z","updatedBy":"admin"}""")
public record ExchangeRateView(
        String currency,
        LocalDate effectiveFrom,
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Schema(type = SchemaType.STRING, description = "units of the base currency one unit of currency is worth",
                example = "0.9200000000") BigDecimal rateToBase,
        String baseCurrency,
        long version,
        Instant updatedAt,
        String updatedBy) {

    static ExchangeRateView of(ExchangeRate rate, String baseCurrency) {
        return new ExchangeRateView(rate.currency, rate.effectiveFrom, rate.rateToBase, baseCurrency, rate.version,
                rate.updatedAt, rate.updatedBy);
    }
}
