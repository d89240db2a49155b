package io.deliveryhub.deploy.local.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** Monthly exchange rates to the base currency for the currencies some clients contract in (USD, GBP). */
final class Currencies implements Stage {

    @Override
    public String name() {
        return "exchange rates";
    }

    @Override
    public void run(Seeding seeding, Tally tally) {
        seeding.plan().exchangeRates().forEach((currency, byMonth) -> {
            for (Map.Entry<LocalDate, BigDecimal> rate : byMonth.entrySet()) {
                PublicApi.Answer answer = seeding.api().put("/api/v1/exchange-rates/" + currency + "/" + rate.getKey(),
                        Body.of("rateToBase", rate.getValue().toPlainString()));
                if (answer.status() == 201) {
                    tally.created("rates");
                } else {
                    tally.existing("rates");
                }
            }
        });
    }
}
