package io.deliveryhub.deploy.local.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Monthly exchange rates to the base currency for the currencies some clients contract in (USD, GBP). */
final class Currencies implements Stage {

    @Override
    public String name() {
        return "exchange rates";
    }

    @Override
    public void run(Seeding seeding, Tally tally) {
        List<String> paths = new ArrayList<>();
        Map<String, BigDecimal> rates = new HashMap<>();
        seeding.plan().exchangeRates().forEach((currency, byMonth) -> byMonth.forEach((effectiveFrom, rate) -> {
            String path = "/api/v1/exchange-rates/" + currency + "/" + effectiveFrom;
            paths.add(path);
            rates.put(path, rate);
        }));
        seeding.each(paths, path -> {
            // the same rate again answers 200 and changes nothing
            if (seeding.api().put(path, Body.of("rateToBase", rates.get(path).toPlainString())).status() == 201) {
                tally.created("rates");
            } else {
                tally.existing("rates");
            }
        });
    }
}
