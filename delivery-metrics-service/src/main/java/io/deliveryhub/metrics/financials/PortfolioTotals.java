package io.deliveryhub.metrics.financials;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.deliveryhub.metrics.money.MoneyFactsVersion;
import io.deliveryhub.metrics.projectkpi.ProjectFilter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * What the portfolio's financials add up of the kept figures of a day and filter, kept in memory while no project's
 * facts and none of the firm's rates moved: a portfolio is read far more often than its facts change, and adding up
 * 5,000 kept rows is most of a read. When a few projects' facts move, today's totals move by those projects' new rows
 * minus the rows they counted ({@link RunningTotals}); other days', and any after the firm's rates moved, are added up
 * again. Each replica keeps its own; the version they are checked against is the database's, so a change applied on
 * any replica is seen by all.
 */
@ApplicationScoped
class PortfolioTotals {

    /** Days and filters asked for: a handful per delivery manager, client and practice. */
    private static final int KEPT = 256;

    private record Asked(LocalDate day, ProjectFilter filter) {
    }

    /**
     * Totals read after reading version v are never older than v: the stale projects are computed from facts read
     * after it, and a kept row is never replaced by one of older facts. So they serve any later read that finds v.
     */
    private record Kept(MoneyFactsVersion.AllProjects version, RunningTotals totals) {
    }

    private final KeptFinancials financials;
    private final KeptRows rows;
    private final ReplacedRows replaced;
    private final MoneyFactsVersion versions;
    private final Cache<Asked, Kept> kept = Caffeine.newBuilder().maximumSize(KEPT).build();
    private final Counter keptReads;
    private final Counter movedReads;
    private final Counter addedUpReads;

    PortfolioTotals(KeptFinancials financials, KeptRows rows, ReplacedRows replaced, MoneyFactsVersion versions,
            MeterRegistry registry) {
        this.financials = financials;
        this.rows = rows;
        this.replaced = replaced;
        this.versions = versions;
        String name = "deliveryhub.financials.portfolio.totals";
        String description = "Portfolio financials totals read: kept as they were, moved by the projects that"
                + " changed, or added up again";
        keptReads = Counter.builder(name).description(description).tag("how", "kept").register(registry);
        movedReads = Counter.builder(name).description(description).tag("how", "moved").register(registry);
        addedUpReads = Counter.builder(name).description(description).tag("how", "added-up").register(registry);
    }

    /** @param lowestMargins whether the projects with the lowest margins are wanted too */
    RunningTotals of(LocalDate day, ProjectFilter filter, boolean lowestMargins) {
        MoneyFactsVersion.AllProjects version = QuarkusTransaction.requiringNew().call(versions::allProjects);
        Asked asked = new Asked(day, filter);
        Kept known = kept.getIfPresent(asked);
        RunningTotals totals;
        if (known != null && known.version().equals(version)) {
            keptReads.increment();
            totals = known.totals();
        } else {
            financials.refresh(day, filter);
            totals = known == null || known.version().firm() != version.firm() ? null
                    : moved(known.totals(), day, filter);
            if (totals == null) {
                addedUpReads.increment();
                totals = addedUp(day, filter);
            } else {
                movedReads.increment();
            }
        }
        if (lowestMargins && totals.lowestMargins() == null) {
            totals = totals.withLowest(QuarkusTransaction.requiringNew().call(
                    () -> financials.lowestMargins(day, filter, RunningTotals.CANDIDATES)), RunningTotals.CANDIDATES);
        }
        if (known == null || known.totals() != totals || !known.version().equals(version)) {
            kept.put(asked, new Kept(version, totals));
        }
        return totals;
    }

    /** The totals moved by the projects changed since they were counted; null when they must be added up again. */
    private RunningTotals moved(RunningTotals known, LocalDate day, ProjectFilter filter) {
        if (!known.movable()) {
            return null;
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Set<UUID> changed = known.changedSince(rows.picked(day, filter));
            if (changed.size() > ReplacedRows.MOST_CHANGED) {
                return null;
            }
            return changed.isEmpty() ? known : known.after(changed, rows.now(day, filter, changed), replaced::row);
        });
    }

    private RunningTotals addedUp(LocalDate day, ProjectFilter filter) {
        return QuarkusTransaction.requiringNew().call(() -> {
            // the sums and the rows they count read alike, or the rows counted would not be those added up
            financials.oneSnapshot();
            return new RunningTotals(financials.sums(day, filter), financials.months(day, filter), null,
                    replaced.follows(day) ? financials.counted(day, filter) : null);
        });
    }
}
