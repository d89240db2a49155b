package io.deliveryhub.metrics.financials;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.deliveryhub.metrics.money.MoneyFactsVersion;
import io.deliveryhub.metrics.projectkpi.ProjectFilter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

/**
 * What the portfolio's financials add up of the kept figures of a day and filter, kept in memory while no project's
 * facts and none of the firm's rates moved: a portfolio is read far more often than its facts change, and adding up
 * 5,000 kept rows is most of a read. Each replica keeps its own; the version they are checked against is the
 * database's, so a change applied on any replica is seen by all.
 */
@ApplicationScoped
class PortfolioTotals {

    /** Days and filters asked for: a handful per delivery manager, client and practice. */
    private static final int KEPT = 256;

    /** The sums, the months and the projects with the lowest margins, unrounded. */
    record Totals(KeptFinancials.Sums sums, List<KeptFinancials.MonthSums> months,
            List<KeptFinancials.AtCompletion> lowestMargins) {
    }

    private record Asked(LocalDate day, ProjectFilter filter) {
    }

    /**
     * Totals added up after reading version v are never older than v: the stale projects are computed from facts read
     * after it, and a kept row is never replaced by one of older facts. So they serve any later read that finds v.
     */
    private record Kept(MoneyFactsVersion.AllProjects version, Totals totals) {
    }

    private final KeptFinancials financials;
    private final MoneyFactsVersion versions;
    private final Cache<Asked, Kept> kept = Caffeine.newBuilder().maximumSize(KEPT).build();

    PortfolioTotals(KeptFinancials financials, MoneyFactsVersion versions) {
        this.financials = financials;
        this.versions = versions;
    }

    Totals of(LocalDate day, ProjectFilter filter) {
        MoneyFactsVersion.AllProjects version = QuarkusTransaction.requiringNew().call(versions::allProjects);
        Asked asked = new Asked(day, filter);
        Kept known = kept.getIfPresent(asked);
        if (known != null && known.version().equals(version)) {
            return known.totals();
        }
        financials.refresh(day, filter);
        Totals totals = QuarkusTransaction.requiringNew().call(() -> new Totals(financials.sums(day, filter),
                financials.months(day, filter),
                financials.lowestMargins(day, filter, PortfolioFinancialsService.LOWEST_MARGINS_LISTED)));
        kept.put(asked, new Kept(version, totals));
        return totals;
    }
}
