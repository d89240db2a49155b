package io.deliveryhub.metrics.financials;

import io.deliveryhub.metrics.financials.FinancialFactsRepository.ProjectMoney;
import io.deliveryhub.metrics.money.ExchangeRates;
import io.deliveryhub.metrics.money.FinancialFigures;
import io.deliveryhub.metrics.money.ProjectFinancials;
import io.deliveryhub.metrics.money.ProjectMoneyFacts;
import io.deliveryhub.metrics.money.ProjectMoneyFacts.Allocation;
import io.deliveryhub.metrics.scenario.ScenarioPlan;
import io.deliveryhub.metrics.scenario.ScenarioPlan.Booked;
import io.deliveryhub.platform.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A project's financials with a scenario's allocations in place of the live ones it changes: the forecast follows
 * them, priced as any allocation (docs/money.md); actuals never change. The allocations are those the live figures
 * read (still booking after the day asked about), corrected by {@link ScenarioPlan#applyTo}.
 */
final class ScenarioMoney {

    private ScenarioMoney() {
    }

    static FinancialFigures figures(LocalDate day, ProjectMoney project, ExchangeRates exchangeRates,
            ScenarioPlan plan) {
        ProjectMoneyFacts live = project.facts();
        ProjectMoneyFacts facts = new ProjectMoneyFacts(live.terms(), live.time(), live.billings(),
                live.percentComplete(), plan.applyTo(live.allocations(),
                        booked -> project.id().equals(booked.projectId()) && booked.to().isAfter(day),
                        ScenarioMoney::allocation, ScenarioMoney::sameBooking));
        return ProjectFinancials.asOf(day, facts, project.rates(), exchangeRates);
    }

    private static Allocation allocation(Booked booked) {
        return new Allocation(booked.personId(), booked.from(), booked.to(), booked.hoursPerWeek(), booked.hard(),
                booked.billable(), booked.billRate(), booked.costRate());
    }

    /** The live figures' allocations have no ids: equal bookings are priced alike, so either stands for the other. */
    private static boolean sameBooking(Allocation a, Allocation b) {
        return Objects.equals(a.personId(), b.personId()) && a.from().equals(b.from()) && a.to().equals(b.to())
                && a.hoursPerWeek().compareTo(b.hoursPerWeek()) == 0 && a.hard() == b.hard()
                && a.billable() == b.billable() && sameMoney(a.billRate(), b.billRate())
                && sameMoney(a.costRate(), b.costRate());
    }

    private static boolean sameMoney(Money a, Money b) {
        return a == null ? b == null
                : b != null && a.currency().equals(b.currency()) && a.amount().compareTo(b.amount()) == 0;
    }
}
