package io.deliveryhub.metrics.money;

import io.deliveryhub.metrics.readmodel.ReadModelsEmptied;
import io.deliveryhub.platform.persistence.Columns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Which financials are still right: a count of the changes to what every project's depend on (exchange rates,
 * people's rates; V52), and each project's facts version, which this moves when an allocation on the project changes
 * (the project's other money facts move it through their consumers). Both move in the transaction of the change.
 */
@ApplicationScoped
public class MoneyFactsVersion {

    private final Session session;

    public MoneyFactsVersion(Session session) {
        this.session = session;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public long firm() {
        // A Tuple rather than a Long result class: see PortfolioService.count
        return Columns.of(session.createNativeQuery("select version from money_firm_version where id = 1",
                Tuple.class).getSingleResult()).count("version");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void firmChanged() {
        session.createNativeMutationQuery("update money_firm_version set version = version + 1 where id = 1")
                .executeUpdate();
    }

    /** The allocation's project, and the one it was on before when it moves, have new facts. */
    @Transactional(Transactional.TxType.MANDATORY)
    void allocationChanged(UUID allocationId, UUID projectId) {
        session.createNativeMutationQuery("""
                update project set facts_version = facts_version + 1
                where id = :projectId or id = (select project_id from person_allocation where id = :allocationId)""")
                .setParameter("projectId", projectId, UUID.class).setParameter("allocationId", allocationId, UUID.class)
                .executeUpdate();
    }

    void emptied(@Observes ReadModelsEmptied emptied) {
        firmChanged();
    }
}
