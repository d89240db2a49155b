package io.deliveryhub.resources.person;

import java.time.LocalDate;

/**
 * The dates a person works here, either end open when unknown. Nothing is booked, filled or logged for a person
 * outside it: an allocation must lie wholly inside it, a time entry's date in it.
 */
public record ActivePeriod(LocalDate from, LocalDate to) {

    public boolean covers(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    public boolean covers(LocalDate first, LocalDate last) {
        return covers(first) && covers(last);
    }

    /** As a sentence ends: "active from 2026-01-01 to 2026-06-30". */
    public String describe() {
        if (from == null && to == null) {
            return "always active";
        }
        if (to == null) {
            return "active from " + from;
        }
        return from == null ? "active until " + to : "active from " + from + " to " + to;
    }

    /** Why something dated outside the period is refused, naming whose period it is and what was refused. */
    public String outside(String who, String what) {
        return who + " is " + describe() + "; " + what + " lies outside that period. Change the dates, or the person's"
                + " activeFrom/activeTo";
    }
}
