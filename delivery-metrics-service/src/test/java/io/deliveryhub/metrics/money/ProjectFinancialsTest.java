package io.deliveryhub.metrics.money;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliveryhub.metrics.kpi.Decimals;
import io.deliveryhub.metrics.money.CurrencyTally.Pair;
import io.deliveryhub.metrics.money.ProjectMoneyFacts.Allocation;
import io.deliveryhub.metrics.money.ProjectMoneyFacts.Billing;
import io.deliveryhub.metrics.money.ProjectMoneyFacts.BookedTime;
import io.deliveryhub.metrics.money.ProjectMoneyFacts.Terms;
import io.deliveryhub.platform.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProjectFinancialsTest {

    private static final UUID PERSON = UUID.randomUUID();
    private static final UUID PROJECT = UUID.randomUUID();
    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);
    private static final LocalDate APRIL_30 = LocalDate.of(2026, 4, 30);

    private final ExchangeRates eur = new ExchangeRates("EUR");
    private final Rates rates = new Rates().person(PERSON, JAN_1, eur(60), eur(100));

    @Test
    void reproducesTheWorkedExampleOfTheDocs() {
        ProjectMoneyFacts facts = new ProjectMoneyFacts(tm("EUR", APRIL_30), march40BillableAnd8NonBillable(),
                List.of(), null, List.of(hard(20, "2026-04-06", "2026-04-26")));

        FinancialFigures figures = ProjectFinancials.asOf(MARCH_31, facts, rates, eur);

        assertMoney(figures.actual().revenue(), "4000.00");
        assertMoney(figures.actual().cost(), "2880.00");
        assertMoney(figures.actual().revenue().minus(figures.actual().cost()), "1120.00");
        assertThat(ratio(FinancialFigures.marginPercent(figures.actual().revenue(), figures.actual().cost())))
                .isEqualTo("0.280");
        assertThat(figures.forecast().hours()).isEqualByComparingTo("60");
        assertMoney(figures.forecast().revenue(), "6000.00");
        assertMoney(figures.forecast().cost(), "3600.00");
        assertMoney(figures.revenueAtCompletion(), "10000.00");
        assertMoney(figures.costAtCompletion(), "6480.00");
        assertMoney(figures.revenueAtCompletion().minus(figures.costAtCompletion()), "3520.00");
        assertThat(ratio(figures.marginPercentAtCompletion())).isEqualTo("0.352");
        assertThat(figures.forecast().weeks()).extracting(FinancialFigures.Period::start).containsExactly(
                LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 13), LocalDate.of(2026, 4, 20));
        assertThat(figures.forecast().weeks()).allSatisfy(week -> assertThat(week.hours()).isEqualByComparingTo("20"));
        assertThat(figures.forecast().months()).singleElement()
                .satisfies(month -> assertThat(month.start()).isEqualTo(LocalDate.of(2026, 4, 1)));
        assertThat(figures.unconverted()).isEmpty();
    }

    @Test
    void billsEachEntryAtTheRateInForceOnItsDateWhenTheRateChangesMidPeriod() {
        rates.person(PERSON, LocalDate.of(2026, 3, 16), eur(70), eur(120));
        ProjectMoneyFacts facts = facts(tm("EUR", null), List.of(billable("2026-03-02", 8),
                billableCost("2026-03-16", 8, eur(8 * 70))));

        FinancialFigures figures = ProjectFinancials.asOf(MARCH_31, facts, rates, eur);

        assertMoney(figures.actual().revenue(), "1760.00");
        assertMoney(figures.actual().cost(), "1040.00");
    }

    @Test
    void takesTheProjectRateCardEntryInForceBeforeThePersonsDefaultBillRate() {
        rates.rateCard(PERSON, LocalDate.of(2026, 3, 10), eur(150));
        ProjectMoneyFacts facts = facts(tm("EUR", null), List.of(billable("2026-03-02", 8), billable("2026-03-16", 8)));

        assertMoney(ProjectFinancials.asOf(MARCH_31, facts, rates, eur).actual().revenue(), "2000.00");
    }

    @Test
    void forecastsAtTheRatesInForceOnTheAsOfDayEvenWhenARateChangesMidForecast() {
        rates.person(PERSON, LocalDate.of(2026, 4, 13), eur(80), eur(200));
        ProjectMoneyFacts facts = new ProjectMoneyFacts(tm("EUR", APRIL_30), List.of(), List.of(), null,
                List.of(hard(20, "2026-04-06", "2026-04-26")));

        FinancialFigures figures = ProjectFinancials.asOf(MARCH_31, facts, rates, eur);

        assertMoney(figures.forecast().revenue(), "6000.00");
        assertMoney(figures.forecast().cost(), "3600.00");
    }

    @Test
    void convertsEachAmountAtTheExchangeRateInForceOnItsDateIncludingABackDatedOne() {
        ExchangeRates rates = new ExchangeRates("EUR").with("USD", JAN_1, new BigDecimal("0.9"));
        Rates usdRates = new Rates().person(PERSON, JAN_1, usd(60), usd(100));
        ProjectMoneyFacts facts = facts(tm("USD", null), List.of(billableCost("2026-03-02", 10, usd(600)),
                billableCost("2026-03-12", 10, usd(600))));

        FinancialFigures before = ProjectFinancials.asOf(MARCH_31, facts, usdRates, rates);
        rates.with("USD", LocalDate.of(2026, 3, 10), new BigDecimal("0.8"));
        FinancialFigures after = ProjectFinancials.asOf(MARCH_31, facts, usdRates, rates);

        assertThat(money(before.actual().revenue().project())).isEqualTo("2000.00");
        assertThat(money(before.actual().revenue().base())).isEqualTo("1800.00");
        assertThat(money(after.actual().revenue().project())).isEqualTo("2000.00");
        assertThat(money(after.actual().revenue().base())).isEqualTo("1700.00");
        assertThat(money(after.actual().cost().base())).isEqualTo("1020.00");
        assertThat(after.actual().baseRevenueByMonth().values()).singleElement()
                .satisfies(march -> assertThat(money(march)).isEqualTo("1700.00"));
    }

    @Test
    void listsAnAmountWithoutAnExchangeRateAsUnconvertedInsteadOfCountingIt() {
        Rates gbpBill = new Rates().person(PERSON, JAN_1, eur(60), new Money(new BigDecimal("90"), "GBP"));
        ProjectMoneyFacts facts = facts(tm("EUR", null), List.of(billable("2026-03-02", 8)));

        FinancialFigures figures = ProjectFinancials.asOf(MARCH_31, facts, gbpBill, eur);

        assertMoney(figures.actual().revenue(), "0.00");
        assertMoney(figures.actual().cost(), "480.00");
        assertThat(figures.unconverted()).singleElement().satisfies(unconverted -> {
            assertThat(unconverted.figure()).isEqualTo("actualRevenue");
            assertThat(unconverted.currency()).isEqualTo("GBP");
            assertThat(unconverted.date()).isEqualTo(LocalDate.of(2026, 3, 2));
            assertThat(unconverted.amount()).isEqualByComparingTo("720");
        });
    }

    @Test
    void countsHoursWithoutRatesApartRatherThanPricingThemAtZero() {
        UUID stranger = UUID.randomUUID();
        ProjectMoneyFacts facts = new ProjectMoneyFacts(tm("EUR", APRIL_30),
                List.of(new BookedTime(stranger, LocalDate.of(2026, 3, 2), bd(8), bd(8), null, null, bd(8))),
                List.of(), null, List.of(new Allocation(stranger, LocalDate.of(2026, 4, 6),
                        LocalDate.of(2026, 4, 10), bd(40), true, true, null, null)));

        FinancialFigures figures = ProjectFinancials.asOf(MARCH_31, facts, rates, eur);

        assertThat(figures.actual().uncostedHours()).isEqualByComparingTo("8");
        assertThat(figures.actual().billableHoursWithoutRate()).isEqualByComparingTo("8");
        assertMoney(figures.actual().revenue(), "0.00");
        assertThat(figures.forecast().unpricedHours()).isEqualByComparingTo("40");
        assertMoney(figures.forecast().cost(), "0.00");
    }

    @Test
    void pricesPlaceholdersAtTheRatesWrittenOnThemElseCountsThemUnpriced() {
        ProjectMoneyFacts facts = new ProjectMoneyFacts(tm("EUR", APRIL_30), List.of(), List.of(), null, List.of(
                new Allocation(null, LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 10), bd(40), true, true,
                        eur(110), eur(55)),
                new Allocation(null, LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 10), bd(10), true, true,
                        null, null)));

        FinancialFigures figures = ProjectFinancials.asOf(MARCH_31, facts, rates, eur);

        assertThat(figures.forecast().hours()).isEqualByComparingTo("50");
        assertThat(figures.forecast().unpricedHours()).isEqualByComparingTo("10");
        assertMoney(figures.forecast().revenue(), "4400.00");
        assertMoney(figures.forecast().cost(), "2200.00");
    }

    @Test
    void forecastsANamedAllocationAtTheBillRateWrittenOnItUnlessTheProjectRateCardNamesThePerson() {
        List<Allocation> priced = List.of(new Allocation(PERSON, LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 26),
                bd(20), true, true, eur(130), null));
        ProjectMoneyFacts facts = new ProjectMoneyFacts(tm("EUR", APRIL_30), List.of(), List.of(), null, priced);

        FinancialFigures onAllocation = ProjectFinancials.asOf(MARCH_31, facts, rates, eur);
        rates.rateCard(PERSON, LocalDate.of(2026, 3, 1), eur(150));
        FinancialFigures onRateCard = ProjectFinancials.asOf(MARCH_31, facts, rates, eur);

        assertMoney(onAllocation.forecast().revenue(), "7800.00");
        assertMoney(onAllocation.forecast().cost(), "3600.00");
        assertMoney(onRateCard.forecast().revenue(), "9000.00");
        assertMoney(onRateCard.forecast().cost(), "3600.00");
    }

    @Test
    void forecastsANamedAllocationWithoutARateOfItsOwnAtThePersonsDefaultBillRate() {
        rates.rateCard(PERSON, LocalDate.of(2026, 4, 13), eur(150));
        ProjectMoneyFacts facts = new ProjectMoneyFacts(tm("EUR", APRIL_30), List.of(), List.of(), null,
                List.of(hard(20, "2026-04-06", "2026-04-26")));

        // the rate card entry takes effect after the as-of day: the forecast bills at the default in force on D
        assertMoney(ProjectFinancials.asOf(MARCH_31, facts, rates, eur).forecast().revenue(), "6000.00");
    }

    @Test
    void leavesTheMarginPercentUnknownWhenATimeAndMaterialsProjectHasNoRevenue() {
        List<BookedTime> nonBillable = List.of(new BookedTime(PERSON, LocalDate.of(2026, 3, 9), bd(8),
                BigDecimal.ZERO, bd(480), "EUR", BigDecimal.ZERO));

        FinancialFigures figures = ProjectFinancials.asOf(MARCH_31, facts(tm("EUR", null), nonBillable), rates, eur);

        assertMoney(figures.revenueAtCompletion(), "0.00");
        assertMoney(figures.costAtCompletion(), "480.00");
        assertThat(figures.marginPercentAtCompletion()).isNull();
        assertThat(FinancialFigures.marginPercent(figures.actual().revenue(), figures.actual().cost())).isNull();
    }

    @Test
    void answersWithZerosAndNoForecastForAProjectWithNothingBookedNoRatesAndNoPlannedEnd() {
        FinancialFigures figures = ProjectFinancials.asOf(MARCH_31, facts(tm("EUR", null), List.of()), new Rates(),
                new ExchangeRates("EUR"));

        assertMoney(figures.revenueAtCompletion(), "0.00");
        assertMoney(figures.costAtCompletion(), "0.00");
        assertThat(figures.marginPercentAtCompletion()).isNull();
        assertThat(figures.contractValue()).isNull();
        assertThat(figures.forecast().from()).isNull();
        assertThat(figures.forecast().weeks()).isEmpty();
        assertThat(figures.unconverted()).isEmpty();
    }

    @Test
    void reportsSoftBookingsApartAndCountsThemInTheForecast() {
        ProjectMoneyFacts facts = new ProjectMoneyFacts(tm("EUR", APRIL_30), List.of(), List.of(), null, List.of(
                hard(20, "2026-04-06", "2026-04-10"),
                new Allocation(PERSON, LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 10), bd(10), false, true,
                        null, null)));

        FinancialFigures figures = ProjectFinancials.asOf(MARCH_31, facts, rates, eur);

        assertThat(figures.forecast().hours()).isEqualByComparingTo("30");
        assertThat(figures.forecast().soft().hours()).isEqualByComparingTo("10");
        assertMoney(figures.forecast().soft().revenue(), "1000.00");
        assertMoney(figures.forecast().soft().cost(), "600.00");
        assertThat(figures.forecast().weeks()).singleElement()
                .satisfies(week -> assertThat(week.softHours()).isEqualByComparingTo("10"));
    }

    @Test
    void forecastsNothingWithoutAllocations() {
        FinancialFigures figures = ProjectFinancials.asOf(MARCH_31,
                new ProjectMoneyFacts(tm("EUR", APRIL_30), march40BillableAnd8NonBillable(), List.of(), null,
                        List.of()), rates, eur);

        assertThat(figures.forecast().hours()).isZero();
        assertThat(figures.forecast().weeks()).isEmpty();
        assertMoney(figures.revenueAtCompletion(), "4000.00");
    }

    @Test
    void forecastsNothingWithoutAPlannedEndOrOnceItHasPassed() {
        List<Allocation> allocations = List.of(hard(20, "2026-04-06", "2026-04-26"));
        FinancialFigures noEnd = ProjectFinancials.asOf(MARCH_31,
                new ProjectMoneyFacts(tm("EUR", null), List.of(), List.of(), null, allocations), rates, eur);
        FinancialFigures ended = ProjectFinancials.asOf(MARCH_31,
                new ProjectMoneyFacts(tm("EUR", MARCH_31), List.of(), List.of(), null, allocations), rates, eur);

        assertThat(noEnd.forecast().from()).isNull();
        assertThat(noEnd.forecast().to()).isNull();
        assertThat(noEnd.forecast().hours()).isZero();
        assertThat(ended.forecast().from()).isNull();
        assertThat(ended.forecast().hours()).isZero();
    }

    @Test
    void stopsTheForecastAtThePlannedEnd() {
        FinancialFigures figures = ProjectFinancials.asOf(MARCH_31, new ProjectMoneyFacts(
                tm("EUR", LocalDate.of(2026, 4, 15)), List.of(), List.of(), null,
                List.of(hard(20, "2026-04-06", "2026-04-26"))), rates, eur);

        // 6–10 and 13–15 April: 8 working days of 4 hours
        assertThat(figures.forecast().hours()).isEqualByComparingTo("32");
        assertThat(figures.forecast().to()).isEqualTo(LocalDate.of(2026, 4, 15));
    }

    @Test
    void earnsNothingOnAnInternalProjectAndLeavesTheMarginPercentUnknown() {
        Terms internal = new Terms(PROJECT, ProjectMoneyFacts.INTERNAL, "EUR", null, APRIL_30);
        FinancialFigures figures = ProjectFinancials.asOf(MARCH_31, new ProjectMoneyFacts(internal,
                march40BillableAnd8NonBillable(), List.of(), null, List.of(hard(20, "2026-04-06", "2026-04-26"))),
                rates, eur);

        assertMoney(figures.revenueAtCompletion(), "0.00");
        assertMoney(figures.costAtCompletion(), "6480.00");
        assertThat(figures.marginPercentAtCompletion()).isNull();
    }

    @Test
    void earnsTheBillingAmountsOfMilestonesAcceptedByTheDayOnAFixedPriceProject() {
        Terms fixed = new Terms(PROJECT, ProjectMoneyFacts.FIXED_PRICE, "EUR", bd(100000), APRIL_30);
        List<Billing> billings = List.of(new Billing(bd(25000), "EUR", LocalDate.of(2026, 3, 30)),
                new Billing(bd(30000), "EUR", LocalDate.of(2026, 4, 2)), new Billing(bd(45000), "EUR", null));
        FinancialFigures figures = ProjectFinancials.asOf(MARCH_31, new ProjectMoneyFacts(fixed,
                march40BillableAnd8NonBillable(), billings, new BigDecimal("0.9"),
                List.of(hard(20, "2026-04-06", "2026-04-26"))), rates, eur);

        assertMoney(figures.actual().revenue(), "25000.00");
        assertMoney(figures.forecast().revenue(), "75000.00");
        assertMoney(figures.revenueAtCompletion(), "100000.00");
        assertMoney(figures.costAtCompletion(), "6480.00");
        assertThat(figures.forecast().weeks()).allSatisfy(week -> assertThat(week.revenue()).isNull());
    }

    @Test
    void earnsTheContractValueTimesPercentCompleteOnAFixedPriceProjectWithoutBillingAmounts() {
        Terms fixed = new Terms(PROJECT, ProjectMoneyFacts.FIXED_PRICE, "EUR", bd(100000), APRIL_30);
        List<Billing> unbilled = List.of(new Billing(null, null, LocalDate.of(2026, 3, 30)));
        FinancialFigures figures = ProjectFinancials.asOf(MARCH_31, new ProjectMoneyFacts(fixed, List.of(),
                unbilled, new BigDecimal("0.25"), List.of()), rates, eur);
        FinancialFigures unknownProgress = ProjectFinancials.asOf(MARCH_31, new ProjectMoneyFacts(fixed, List.of(),
                unbilled, null, List.of()), rates, eur);

        assertMoney(figures.actual().revenue(), "25000.00");
        assertMoney(figures.forecast().revenue(), "75000.00");
        assertMoney(unknownProgress.actual().revenue(), "0.00");
        assertMoney(unknownProgress.revenueAtCompletion(), "100000.00");
    }

    @Test
    void earnsNothingAndForecastsTheWholeContractValueWhileNoBilledMilestoneIsAccepted() {
        Terms fixed = new Terms(PROJECT, ProjectMoneyFacts.FIXED_PRICE, "EUR", bd(100000), APRIL_30);
        List<Billing> pending = List.of(new Billing(bd(40000), "EUR", null), new Billing(bd(60000), "EUR",
                LocalDate.of(2026, 4, 15)));

        FinancialFigures figures = ProjectFinancials.asOf(MARCH_31, new ProjectMoneyFacts(fixed,
                march40BillableAnd8NonBillable(), pending, new BigDecimal("0.5"), List.of()), rates, eur);

        assertMoney(figures.actual().revenue(), "0.00");
        assertMoney(figures.forecast().revenue(), "100000.00");
        assertMoney(figures.revenueAtCompletion(), "100000.00");
        assertThat(ratio(figures.marginPercentAtCompletion())).isEqualTo("0.971");
    }

    @Test
    void earnsNothingOnAFixedPriceProjectWithoutAContractValueAndLeavesItsMarginPercentUnknown() {
        Terms fixed = new Terms(PROJECT, ProjectMoneyFacts.FIXED_PRICE, "EUR", null, APRIL_30);

        FinancialFigures figures = ProjectFinancials.asOf(MARCH_31, new ProjectMoneyFacts(fixed,
                march40BillableAnd8NonBillable(), List.of(), new BigDecimal("0.5"),
                List.of(hard(20, "2026-04-06", "2026-04-26"))), rates, eur);

        assertMoney(figures.revenueAtCompletion(), "0.00");
        assertMoney(figures.costAtCompletion(), "6480.00");
        assertThat(figures.contractValue()).isNull();
        assertThat(figures.marginPercentAtCompletion()).isNull();
    }

    @Test
    void convertsAFixedPriceContractInAnotherCurrencyAtTheAsOfDaysRateIncludingOneWrittenBackDated() {
        ExchangeRates rates = new ExchangeRates("EUR").with("USD", JAN_1, new BigDecimal("0.9"));
        Terms fixed = new Terms(PROJECT, ProjectMoneyFacts.FIXED_PRICE, "USD", bd(100000), APRIL_30);
        ProjectMoneyFacts facts = new ProjectMoneyFacts(fixed, List.of(), List.of(), new BigDecimal("0.25"),
                List.of());

        FinancialFigures before = ProjectFinancials.asOf(MARCH_31, facts, this.rates, rates);
        rates.with("USD", LocalDate.of(2026, 3, 15), new BigDecimal("0.8"));
        FinancialFigures after = ProjectFinancials.asOf(MARCH_31, facts, this.rates, rates);

        assertThat(money(before.revenueAtCompletion().project())).isEqualTo("100000.00");
        assertThat(money(before.revenueAtCompletion().base())).isEqualTo("90000.00");
        assertThat(money(after.revenueAtCompletion().project())).isEqualTo("100000.00");
        assertThat(money(after.revenueAtCompletion().base())).isEqualTo("80000.00");
        assertThat(money(after.contractValue().base())).isEqualTo("80000.00");
    }

    @Test
    void leavesOutEntriesDatedAfterTheDay() {
        ProjectMoneyFacts facts = facts(tm("EUR", null), List.of(billable("2026-03-31", 8), billable("2026-04-01", 8)));

        assertMoney(ProjectFinancials.asOf(MARCH_31, facts, rates, eur).actual().revenue(), "800.00");
    }

    private static Terms tm(String currency, LocalDate plannedEnd) {
        return new Terms(PROJECT, ProjectMoneyFacts.TIME_AND_MATERIALS, currency, null, plannedEnd);
    }

    private static ProjectMoneyFacts facts(Terms terms, List<BookedTime> time) {
        return new ProjectMoneyFacts(terms, time, List.of(), null, List.of());
    }

    /** 5 days of 8 billable hours and one of 8 non-billable, costed at 60. */
    private static List<BookedTime> march40BillableAnd8NonBillable() {
        List<BookedTime> time = new ArrayList<>();
        for (int day = 2; day <= 6; day++) {
            time.add(billable("2026-03-0" + day, 8));
        }
        time.add(new BookedTime(PERSON, LocalDate.of(2026, 3, 9), bd(8), BigDecimal.ZERO, bd(480), "EUR",
                BigDecimal.ZERO));
        return time;
    }

    private static BookedTime billable(String date, double hours) {
        return billableCost(date, hours, eur(hours * 60));
    }

    private static BookedTime billableCost(String date, double hours, Money cost) {
        return new BookedTime(PERSON, LocalDate.parse(date), BigDecimal.valueOf(hours), BigDecimal.valueOf(hours),
                cost.amount(), cost.currency(), BigDecimal.ZERO);
    }

    private static Allocation hard(double hoursPerWeek, String from, String to) {
        return new Allocation(PERSON, LocalDate.parse(from), LocalDate.parse(to), BigDecimal.valueOf(hoursPerWeek),
                true, true, null, null);
    }

    private static Money eur(double amount) {
        return new Money(BigDecimal.valueOf(amount), "EUR");
    }

    private static Money usd(double amount) {
        return new Money(BigDecimal.valueOf(amount), "USD");
    }

    private static BigDecimal bd(double value) {
        return BigDecimal.valueOf(value);
    }

    private static void assertMoney(Pair pair, String expected) {
        assertThat(money(pair.project())).isEqualTo(expected);
        assertThat(money(pair.base())).isEqualTo(expected);
    }

    private static String money(BigDecimal value) {
        return Decimals.money(value).toPlainString();
    }

    private static String ratio(BigDecimal value) {
        return Decimals.ratio(value).toPlainString();
    }
}
