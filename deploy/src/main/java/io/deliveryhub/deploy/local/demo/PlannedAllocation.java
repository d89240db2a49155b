package io.deliveryhub.deploy.local.demo;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A booking of a person, or of an unnamed role still to staff ({@code person} null), on a project.
 *
 * @param overbooked a HARD booking the plan lets exceed the person's week on purpose, so the over-allocation alert
 *                   has something to show
 */
record PlannedAllocation(PlannedPerson person, String placeholderRole, LocalDate from, LocalDate to,
        int hoursPerWeek, String booking, boolean billable, boolean overbooked, BigDecimal placeholderBillRate,
        BigDecimal placeholderCostRate) {

    boolean isHard() {
        return booking.equals("HARD");
    }

    /** The same person (or placeholder role) from the same day: what makes a booking the same on a second run. */
    String naturalKey() {
        return (person == null ? "role:" + placeholderRole : person.email()) + "@" + from;
    }
}
