package io.deliveryhub.projects.exchangerate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Items are checked one by one by {@link ExchangeRateRules}, so that a 422 can list every bad item at once. */
@Schema(name = "BulkExchangeRates", example = """
        {"rates":[{"currency":"USD","effectiveFrom":"2026-01-01","rateToBase":"0.92"},
                  {"currency":"GBP","effectiveFrom":"2026-01-01","rateToBase":"1.1650"}]}""")
public record BulkExchangeRatesRequest(@NotNull @Size(min = 1, max = ExchangeRateRules.MAX_BULK) List<Item> rates) {

    @Schema(name = "BulkExchangeRate")
    public record Item(@Schema(example = "USD") String currency, LocalDate effectiveFrom,
            @Schema(type = SchemaType.STRING, example = "0.92") BigDecimal rateToBase) {
    }
}
