package io.deliveryhub.metrics.workforce;

import io.deliveryhub.metrics.readmodel.ReadModelsEmptied;
import io.deliveryhub.platform.persistence.Columns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.hibernate.Session;

/**
 * A count of the changes to what utilization and bench are computed from (V13), moved in the transaction of each
 * change, so that figures computed at one count are known to be still right while it stays there, on every
 * replica; and of each day, the latest count whose change counts from that day on (V80), so that the figures of a
 * period also hold through changes that count only after it (a time entry dated after the period's last day).
 */
@ApplicationScoped
public class WorkforceFactsVersion {

    // The count moves and the day of the change is recorded with the count it moved to, in one statement (V80).
    private static final String CHANGED = """
            with moved as (update workforce_facts_version set version = version + 1 where id = 1 returning version)
            insert into workforce_fact_day (effective_on, version)
            select coalesce(cast(:effectiveOn as date), cast('-infinity' as date)), version from moved
            on conflict (effective_on) do update set version = greatest(workforce_fact_day.version, excluded.version)""";

    private static final String HOLDS = """
            select count(*) as changes from workforce_fact_day where effective_on <= :lastDay and version > :version""";

    private final Session session;

    public WorkforceFactsVersion(Session session) {
        this.session = session;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public long current() {
        // A Tuple rather than a Long result class: see PortfolioService.count
        return Columns.of(session.createNativeQuery("select version from workforce_facts_version where id = 1",
                Tuple.class).getSingleResult()).count("version");
    }

    /** @param effectiveOn the first day the change counts on; null when it may count on any day */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(LocalDate effectiveOn) {
        session.createNativeMutationQuery(CHANGED).setParameter("effectiveOn", effectiveOn, LocalDate.class)
                .executeUpdate();
    }

    /**
     * Whether figures of a period ending on {@code lastDay}, computed at {@code version}, still hold: no change since
     * counts on or before that day.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean holds(long version, LocalDate lastDay) {
        return Columns.of(session.createNativeQuery(HOLDS, Tuple.class).setParameter("version", version, Long.class)
                .setParameter("lastDay", lastDay, LocalDate.class).getSingleResult()).count("changes") == 0;
    }

    void emptied(@Observes ReadModelsEmptied emptied) {
        changed(null);
    }
}
