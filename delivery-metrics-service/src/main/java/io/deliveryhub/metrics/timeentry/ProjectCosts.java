package io.deliveryhub.metrics.timeentry;

import io.deliveryhub.metrics.kpi.CostFact;
import io.deliveryhub.platform.persistence.Columns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The time and cost booked on a project per day, from the stored time entries: what AC and hours logged as of
 * any day add up. REJECTED entries are left out. An uncosted entry (no cost rate on its day) adds its hours but
 * no cost, so AC counts only the cost that is known; when a rate is later set for that day, resources-service
 * re-costs the entry with an updated event and AC catches up.
 */
@ApplicationScoped
public class ProjectCosts {

    private final Session session;

    public ProjectCosts(Session session) {
        this.session = session;
    }

    /** One fact per day with booked time, in date order; the cost is null on a day whose entries are all uncosted. */
    public List<CostFact> of(UUID projectId) {
        return session.createNativeQuery("""
                select entry_date, sum(hours) as hours, sum(cost_amount) as cost_amount from project_time_entry
                where project_id = :projectId and status <> 'REJECTED'
                group by entry_date order by entry_date""", Tuple.class)
                .setParameter("projectId", projectId)
                .getResultList().stream().map(Columns::of)
                .map(row -> new CostFact(row.date("entry_date"), row.decimal("hours"), row.decimal("cost_amount")))
                .toList();
    }
}
