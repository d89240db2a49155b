package io.deliveryhub.resources.timeentry;

import io.deliveryhub.platform.problem.Conflict;
import io.deliveryhub.platform.problem.ProblemException;
import io.deliveryhub.platform.problem.ProjectEndedProblem;
import io.deliveryhub.platform.problem.Unprocessable;
import io.deliveryhub.resources.person.ActivePeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * What makes a time entry acceptable, the same for an entry logged or corrected one at a time and for every item
 * of a batch import: whose time (a known person, active on that day), where (a known project still open), and how
 * much (at most 24 h a person and day). The bounds of a single entry's hours are declared here and enforced by the
 * request records' bean validation, so both paths refuse them with the same words.
 */
public final class TimeEntryRules {

    /** A day holds at most 24 h, and so does one entry. */
    public static final String MAX_HOURS = "24";
    public static final BigDecimal MAX_HOURS_PER_DAY = new BigDecimal(MAX_HOURS);
    public static final String HOURS_RANGE = "must be more than 0 and at most " + MAX_HOURS;
    public static final String HOURS_DECIMALS = "may have at most 2 decimals";

    /** The person an entry is for, as stored; {@code null} stands for no such person. */
    public record PersonOnFile(String name, ActivePeriod active) {
    }

    /**
     * The project an entry is logged on, as known from project events; {@code null} stands for no such project.
     * {@code ended}: projects-service said it takes no more records.
     */
    public record ProjectOnFile(UUID id, String key, String status, boolean ended) {
    }

    /**
     * Why an entry is refused: the problem the API answers, whose detail is also an import item's reason.
     * {@code endedProject}: the project that no longer takes time, for the fields of its problem.
     */
    public record Refusal(int status, String type, String detail, ProjectOnFile endedProject) {

        Refusal(int status, String type, String detail) {
            this(status, type, detail, null);
        }

        public ProblemException problem() {
            if (endedProject != null) {
                return ProjectEndedProblem.unprocessable(endedProject.id(), endedProject.key(), endedProject.status(),
                        detail);
            }
            return status == 409 ? new Conflict(type, detail) : new Unprocessable(type, detail);
        }
    }

    private TimeEntryRules() {
    }

    /** Whether this person may have time on this project on that day; checked in this order, the first refusal wins. */
    public static Optional<Refusal> admits(UUID personId, PersonOnFile person, UUID projectId, ProjectOnFile project,
            LocalDate date) {
        if (person == null) {
            return refuse(422, "unknown-person", "personId " + personId + " is not a known person");
        }
        if (project == null) {
            return refuse(422, "unknown-project", "projectId " + projectId + " is not a known project: projects become"
                    + " known to resources-service from projects-service events");
        }
        if (project.ended()) {
            return Optional.of(new Refusal(422, ProjectEndedProblem.TYPE, "Project " + project.key() + " is "
                    + project.status() + " and takes no more time entries", project));
        }
        if (!person.active().covers(date)) {
            return refuse(422, "person-inactive",
                    person.active().outside(person.name(), "a time entry on " + date));
        }
        return Optional.empty();
    }

    /**
     * Whether {@code hours} more fit the person's day.
     *
     * @param logged the hours of the person's other entries that day that still count (rejected ones do not)
     */
    public static Optional<Refusal> fitsDay(LocalDate date, BigDecimal logged, BigDecimal hours) {
        BigDecimal total = logged.add(hours);
        if (total.compareTo(MAX_HOURS_PER_DAY) <= 0) {
            return Optional.empty();
        }
        return refuse(409, "day-over-24-hours", "The person would have " + plain(total) + " h on " + date + " ("
                + plain(logged) + " h already logged); a day holds at most " + MAX_HOURS + " h, so at most "
                + plain(MAX_HOURS_PER_DAY.subtract(logged).max(BigDecimal.ZERO)) + " h more can be logged");
    }

    private static Optional<Refusal> refuse(int status, String type, String detail) {
        return Optional.of(new Refusal(status, type, detail));
    }

    private static String plain(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }
}
