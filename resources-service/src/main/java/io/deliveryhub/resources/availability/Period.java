package io.deliveryhub.resources.availability;

import io.deliveryhub.platform.problem.BadRequest;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The {@code from}/{@code to} query of the staffing views: both required, in order, at most about two years. */
public record Period(LocalDate from, LocalDate to) {

    static final int MAX_DAYS = 731;

    public static Period of(LocalDate from, LocalDate to) {
        if (from == null) {
            throw BadRequest.ofField("from", "is required (YYYY-MM-DD)");
        }
        if (to == null) {
            throw BadRequest.ofField("to", "is required (YYYY-MM-DD)");
        }
        if (to.isBefore(from)) {
            throw BadRequest.ofField("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw BadRequest.ofField("to", "the period may span at most " + MAX_DAYS + " days");
        }
        return new Period(from, to);
    }
}
