package io.deliveryhub.platform.money;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.deliveryhub.platform.problem.Unprocessable;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code {"amount": "12500.00", "currency": "EUR"}}: the amount travels as a decimal string, never a float. */
@Schema(description = "An amount of money in an ISO 4217 currency", example = "{\"amount\":\"12500.00\",\"currency\":\"EUR\"}")
public record Money(
        @NotNull @DecimalMin("0.00") @Digits(integer = 15, fraction = 2) @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "12500.00") BigDecimal amount,
        @NotNull @Pattern(regexp = "^[A-Z]{3}$", message = "must be an ISO 4217 code such as EUR") @Schema(example = "EUR") String currency) {

    public static Money of(BigDecimal amount, String currency) {
        return new Money(amount.setScale(2, RoundingMode.HALF_EVEN), currency);
    }

    /** Refuses (422 {@code currency-mismatch}) an amount that is not in the currency its owner accounts in. */
    public Money requireIn(String expected, String field) {
        if (!expected.equals(currency)) {
            throw new Unprocessable("currency-mismatch", field + " is in " + currency + " but must be in " + expected);
        }
        return this;
    }
}
