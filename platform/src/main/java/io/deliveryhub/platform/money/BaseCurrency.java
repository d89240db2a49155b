package io.deliveryhub.platform.money;

import io.deliveryhub.platform.problem.Unprocessable;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** One base currency per installation (docs/api.md#money): amounts in any other are refused, never mixed. */
@ApplicationScoped
public class BaseCurrency {

    private final String code;

    public BaseCurrency(@ConfigProperty(name = "deliveryhub.currency", defaultValue = "EUR") String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public Money require(Money money, String field) {
        if (money != null && !code.equals(money.currency())) {
            throw new Unprocessable("unsupported-currency", field + " is in " + money.currency()
                    + " but this installation accounts in " + code + " only");
        }
        return money;
    }
}
