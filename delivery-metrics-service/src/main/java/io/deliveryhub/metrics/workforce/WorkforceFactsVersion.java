package io.deliveryhub.metrics.workforce;

import io.deliveryhub.metrics.readmodel.ReadModelsEmptied;
import io.deliveryhub.platform.persistence.Columns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

/**
 * A count of the changes to what utilization and bench are computed from (V13), moved in the transaction of each
 * change, so that figures computed at one count are known to be still right while it stays there, on every
 * replica.
 */
@ApplicationScoped
public class WorkforceFactsVersion {

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

    @Transactional(Transactional.TxType.MANDATORY)
    public void changed() {
        session.createNativeQuery("update workforce_facts_version set version = version + 1 where id = 1")
                .executeUpdate();
    }

    void emptied(@Observes ReadModelsEmptied emptied) {
        changed();
    }
}
