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

    /**
     * A value that moves whenever any project's financials may have: the firm's count, the number of projects and the
     * sum of their facts versions. Each facts version only counts up, and project rows go only with a rebuild, which
     * moves the firm's count, so two reads that find the same value saw the same facts.
     */
    public record AllProjects(long firm, long projects, long factsVersions) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public AllProjects allProjects() {
        Columns row = Columns.of(session.createNativeQuery("""
                select (select version from money_firm_version where id = 1) as firm, count(*) as projects,
                       coalesce(sum(facts_version), 0) as facts_versions
                from project""", Tuple.class).getSingleResult());
        return new AllProjects(row.count("firm"), row.count("projects"), row.count("facts_versions"));
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
