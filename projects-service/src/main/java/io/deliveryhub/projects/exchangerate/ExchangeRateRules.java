package io.deliveryhub.projects.exchangerate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** What an exchange rate must be to be written: a foreign ISO 4217 code, a day, and a positive rate of fixed precision. */
public final class ExchangeRateRules {

    public static final int INTEGER_DIGITS = 12;
    public static final int FRACTION_DIGITS = 10;
    public static final int MAX_BULK = 1000;
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    /** One refused item of a bulk write: its position in the list, the field and why. */
    public record ItemError(int index, String field, String message) {
    }

    private ExchangeRateRules() {
    }

    public static boolean isCurrencyCode(String currency) {
        return currency != null && CURRENCY.matcher(currency).matches();
    }

    /** Why the rate cannot be stored, or empty when it can. */
    public static Optional<String> rateRefusal(BigDecimal rate) {
        if (rate == null) {
            return Optional.of("must not be null");
        }
        if (rate.signum() <= 0) {
            return Optional.of("must be greater than 0");
        }
        if (rate.stripTrailingZeros().scale() > FRACTION_DIGITS
                || rate.precision() - rate.scale() > INTEGER_DIGITS) {
            return Optional.of("must have at most " + INTEGER_DIGITS + " integer and " + FRACTION_DIGITS
                    + " fraction digits");
        }
        return Optional.empty();
    }

    /** Every problem of every item, so that the caller can correct the whole list at once. */
    public static List<ItemError> errors(List<BulkExchangeRatesRequest.Item> items, String baseCurrency) {
        List<ItemError> errors = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            BulkExchangeRatesRequest.Item item = items.get(i);
            if (item == null) {
                errors.add(new ItemError(i, "item", "must not be null"));
                continue;
            }
            if (!isCurrencyCode(item.currency())) {
                errors.add(new ItemError(i, "currency", "must be an ISO 4217 code such as USD"));
            } else if (item.currency().equals(baseCurrency)) {
                errors.add(new ItemError(i, "currency", baseRefusal(baseCurrency)));
            }
            if (item.effectiveFrom() == null) {
                errors.add(new ItemError(i, "effectiveFrom", "must not be null"));
            }
            int index = i;
            rateRefusal(item.rateToBase()).ifPresent(message -> errors.add(new ItemError(index, "rateToBase", message)));
        }
        errors.addAll(duplicates(items));
        return errors;
    }

    /** The same currency and day twice in one list would make the result depend on the order. */
    private static List<ItemError> duplicates(List<BulkExchangeRatesRequest.Item> items) {
        List<ItemError> errors = new ArrayList<>();
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            BulkExchangeRatesRequest.Item item = items.get(i);
            if (item == null || item.currency() == null || item.effectiveFrom() == null) {
                continue;
            }
            Integer earlier = first.putIfAbsent(item.currency() + ":" + item.effectiveFrom(), i);
            if (earlier != null) {
                errors.add(new ItemError(i, "effectiveFrom", "repeats item " + earlier + " (same currency and date)"));
            }
        }
        return errors;
    }

    public static String baseRefusal(String baseCurrency) {
        return baseCurrency + " is the base currency: it always converts at 1 and takes no rate";
    }
}
