package io.deliveryhub.deploy.local.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * A client project of the demo firm and where its life has got to.
 *
 * @param target    the lifecycle status it ends in (PROPOSED ... CANCELLED)
 * @param workUntil the last day time is logged and code shipped (yesterday for a running project, the day it was put
 *                  on hold, completed or cancelled); {@code null} while no work has started
 * @param budget    the contract value, in the project's currency
 * @param health    how it goes: GREEN on plan, AMBER slipping, RED in trouble; it colours its milestones, reports,
 *                  risks and burn
 */
record PlannedProject(int index, String key, String name, Names.ClientEntry client, String deliveryModel,
        String practice, String service, String target, LocalDate plannedStart, LocalDate plannedEnd,
        LocalDate workUntil, BigDecimal budget, BigDecimal budgetHours, BigDecimal probability, PlannedPerson projectManager,
        PlannedPerson deliveryManager, PlannedPerson deliveryLead, String health, List<PlannedAllocation> team) {

    String currency() {
        return client.currency();
    }

    boolean hasWork() {
        return workUntil != null;
    }

    /** A random source of its own per project and purpose, so each stage draws the same whatever ran before it. */
    Random random(String purpose) {
        return new Random(FirmPlan.SEED * 31 + (key + "/" + purpose).hashCode());
    }

    /** Whether its status is one that takes no more records once reached (CLOSED, CANCELLED) or no new work (COMPLETED). */
    boolean endsSettled() {
        return target.equals("COMPLETED") || target.equals("CLOSED") || target.equals("CANCELLED");
    }
}
