package io.deliveryhub.metrics.project;

import io.deliveryhub.platform.events.IncomingEvent;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Fired (synchronously, inside the transaction) after a consumer applied an event about a project, so that what is
 * derived from the project's facts is known to be out of date from the same commit on (its facts version counts up,
 * with the day the change counts from: PastFactChanges). Any consumer of facts about a project (time entries) fires it as well; an id that
 * names no known project changes nothing.
 *
 * @param effectiveOn the first day the change can count on, so that figures of days before it still hold; null when
 *                    it may count on any day
 */
public record ProjectFactsChanged(UUID projectId, LocalDate effectiveOn) {

    /** A new time entry, or one approved or rejected (its date unchanged), counts from its date. */
    private static final String TIME_ENTRY_RECORDED = "deliveryhub.time-entry.recorded.v1";
    private static final String TIME_ENTRY_DECIDED = "deliveryhub.time-entry.decided.v1";
    /** Status reports are only ever posted, never changed: one counts from its as-of day. */
    private static final String STATUS_REPORT_POSTED = "deliveryhub.status-report.posted.v1";

    /** Everything about a project is keyed by the project's id (docs/architecture.md); other keys name no project. */
    public static Optional<ProjectFactsChanged> about(IncomingEvent event) {
        UUID projectId;
        try {
            projectId = event.key() == null ? null : UUID.fromString(event.key());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(projectId).map(id -> new ProjectFactsChanged(id, effectiveOn(event)));
    }

    /**
     * The day from which the event's fact counts, for the few kinds that say so; an updated entry's earlier date is
     * not in its event, so a change of any other kind may count on any day (null).
     */
    public static LocalDate effectiveOn(IncomingEvent event) {
        String field = switch (event.type()) {
            case TIME_ENTRY_RECORDED, TIME_ENTRY_DECIDED -> "date";
            case STATUS_REPORT_POSTED -> "asOf";
            default -> null;
        };
        return field == null ? null : new FactState("fact", event.state()).date(field);
    }
}
