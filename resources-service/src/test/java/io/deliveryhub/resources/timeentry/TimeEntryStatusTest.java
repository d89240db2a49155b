package io.deliveryhub.resources.timeentry;

import static io.deliveryhub.resources.timeentry.TimeEntryStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimeEntryStatusTest {

    @Test
    void onlySubmittedEntriesAreDecided() {
        assertThat(SUBMITTED.canBeDecidedAs(APPROVED)).isTrue();
        assertThat(SUBMITTED.canBeDecidedAs(REJECTED)).isTrue();
        assertThat(SUBMITTED.canBeDecidedAs(SUBMITTED)).isFalse();
        for (TimeEntryStatus decided : new TimeEntryStatus[] { APPROVED, REJECTED }) {
            for (TimeEntryStatus decision : values()) {
                assertThat(decided.canBeDecidedAs(decision)).as("%s → %s", decided, decision).isFalse();
            }
        }
    }
}
