package io.deliveryhub.deploy.local.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/** Request bodies as ordered maps that leave out absent (null) fields, as the API's optional fields expect. */
final class Body {

    private Body() {
    }

    static Map<String, Object> of(Object... namesAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                body.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return body;
    }

    static Map<String, Object> money(BigDecimal amount, String currency) {
        return Map.of("amount", amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString(), "currency", currency);
    }
}
