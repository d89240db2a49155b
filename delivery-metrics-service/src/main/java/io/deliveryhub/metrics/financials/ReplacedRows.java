package io.deliveryhub.metrics.financials;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.deliveryhub.metrics.financials.RunningTotals.KeptRow;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;

/**
 * Today's kept rows as they were before this replica replaced them, by revision, for a while: running totals that
 * counted one take it out by these figures (see {@link RunningTotals}). Only a few at a time are kept, as a few
 * projects change between two reads; when more change, or another replica replaced a row, the totals are added up
 * again instead.
 */
@ApplicationScoped
class ReplacedRows {

    /** The most projects whose change running totals follow; beyond, adding up every row again is as cheap. */
    static final int MOST_CHANGED = 100;

    private static final int KEPT = 4 * MOST_CHANGED;

    private final Cache<Long, KeptRow> rows = Caffeine.newBuilder().maximumSize(KEPT).build();
    private final Clock clock;

    ReplacedRows(Clock clock) {
        this.clock = clock;
    }

    /** Whether the totals of the day follow changes: today's do, those of other days are added up again. */
    boolean follows(LocalDate day) {
        return day.equals(LocalDate.now(clock));
    }

    /** Whether the rows the projects' new figures replace are worth keeping. */
    boolean keeps(LocalDate day, int projects) {
        return projects <= MOST_CHANGED && follows(day);
    }

    void replaced(Collection<KeptRow> replaced) {
        replaced.forEach(row -> rows.put(row.revision(), row));
    }

    /** The row of this revision as it was, or null when not kept. */
    KeptRow row(long revision) {
        return rows.getIfPresent(revision);
    }
}
