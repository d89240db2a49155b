package io.deliveryhub.platform.money;

import io.deliveryhub.platform.problem.ProblemException;
import java.time.LocalDate;
import java.util.Map;

/** 422: an amount in a currency other than the base needs an exchange rate in force on the day it is for. */
public class ExchangeRateMissing extends ProblemException {

    public static final String TYPE = "exchange-rate-missing";

    public ExchangeRateMissing(String field, String currency, LocalDate day) {
        super(422, TYPE, "Unprocessable content", field + " is in " + currency + " but no exchange rate from "
                + currency + " to the base currency is in force on " + day
                + "; an ADMIN sets one at PUT /api/v1/exchange-rates/" + currency + "/{effectiveFrom}",
                Map.of("currency", currency, "date", day.toString()));
    }
}
