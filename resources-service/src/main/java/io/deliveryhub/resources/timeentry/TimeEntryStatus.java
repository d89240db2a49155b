package io.deliveryhub.resources.timeentry;

/** SUBMITTED → APPROVED or REJECTED; a decided entry changes again only when its hours are resubmitted. */
public enum TimeEntryStatus {
    SUBMITTED, APPROVED, REJECTED;

    public boolean canBeDecidedAs(TimeEntryStatus decision) {
        return this == SUBMITTED && (decision == APPROVED || decision == REJECTED);
    }
}
