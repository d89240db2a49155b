package io.deliveryhub.projects.exchangerate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SetExchangeRate", example = "{\"rateToBase\":\"1.0850\"}")
public record SetExchangeRateRequest(
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = ExchangeRateRules.INTEGER_DIGITS,
                fraction = ExchangeRateRules.FRACTION_DIGITS)
        @Schema(type = SchemaType.STRING, description = "units of the base currency one unit of the currency is worth;"
                + " greater than 0, at most 10 fraction digits", example = "1.0850") BigDecimal rateToBase) {
}
