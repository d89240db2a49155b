package io.deliveryhub.resources.timeentry;

import java.util.Objects;

/** One readable entry of a batch, at its index in the request; it always has an external reference. */
record ImportItem(int index, TimeEntryRequest entry) {

    /** The entry's external reference as one key. */
    String ref() {
        return ref(entry.externalRef().system(), entry.externalRef().id());
    }

    static String ref(String system, String externalId) {
        return system + '\u0000' + externalId;
    }

    /** Whether the stored entry already says what this item says. */
    boolean sameAs(TimeEntryRow row) {
        return entry.personId().equals(row.personId()) && entry.projectId().equals(row.projectId())
                && entry.date().equals(row.date()) && entry.hours().compareTo(row.hours()) == 0
                && entry.billableOrDefault() == row.billable() && Objects.equals(entry.description(), row.description());
    }
}
