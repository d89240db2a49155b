package io.deliveryhub.metrics.money;

import io.deliveryhub.metrics.money.ProjectMoneyFacts.BookedTime;
import io.deliveryhub.metrics.money.ProjectMoneyFacts.Terms;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A person's time on a project in one month and cost currency, summed up to the month's last entry (the
 * project_month_time table). It gives the same figures as the month's entries one by one, as one time dated its last
 * day, when nothing those entries are priced or converted at changes from the month's first day to that day: the
 * person's bill rate on the project and the exchange rates of the project's, the cost's and the bill rate's
 * currencies, each in force all along. Otherwise the month is read entry by entry.
 *
 * @param time the month's sums, dated the month's last entry
 */
public record BookedMonth(UUID projectId, LocalDate month, BookedTime time) {

    /** Which entries a month sums: a person's on a project in the month, in one cost currency (null: uncosted). */
    public record Key(UUID projectId, UUID personId, LocalDate month, String costCurrency) {

        /** The month a project's time on a day falls in. */
        public static Key of(UUID projectId, BookedTime time) {
            return new Key(projectId, time.personId(), time.date().withDayOfMonth(1), time.costCurrency());
        }
    }

    public Key key() {
        return new Key(projectId, time.personId(), month, time.costCurrency());
    }

    /** Whether the sums stand for the month's entries as of the day, priced and converted as the project's are. */
    public boolean standsForItsEntries(LocalDate asOf, Terms terms, Rates rates, ExchangeRates exchangeRates) {
        LocalDate last = time.date();
        if (last.isAfter(asOf) || !exchangeRates.steady(terms.currency(), month, last)
                || time.cost() != null && !exchangeRates.steady(time.costCurrency(), month, last)) {
            return false;
        }
        if (!terms.billsByTheHour() || time.billableHours().signum() == 0) {
            return true;
        }
        return rates.billRateSteady(time.personId(), month, last) && rates.billRate(time.personId(), last)
                .map(rate -> exchangeRates.steady(rate.currency(), month, last)).orElse(true);
    }
}
