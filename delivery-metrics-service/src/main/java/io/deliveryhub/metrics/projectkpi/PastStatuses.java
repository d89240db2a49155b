package io.deliveryhub.metrics.projectkpi;

import io.deliveryhub.platform.persistence.Columns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/** The lifecycle status each filtered project had on a past day, from the status history (V12). */
@ApplicationScoped
class PastStatuses {

    private static final String ON_DAY = """
            select distinct on (h.project_id) h.project_id, h.status
            from project_status_history h join project p on p.id = h.project_id
            where h.effective_on <= :day and """ + ProjectFilter.CONDITION + """

            order by h.project_id, h.version desc""";

    private final Session session;

    PastStatuses(Session session) {
        this.session = session;
    }

    /**
     * The statuses on the day; a project with no status recorded by then is absent: it was created later, and is
     * shown in its status of today rather than left out, as the facts that make its KPIs are dated by themselves.
     */
    Map<UUID, String> on(LocalDate day, ProjectFilter filter) {
        var query = session.createNativeQuery(filter.sql(ON_DAY), Tuple.class).setParameter("day", day, LocalDate.class);
        filter.bind(query);
        Map<UUID, String> statuses = new HashMap<>();
        for (Columns row : query.getResultList().stream().map(Columns::of).toList()) {
            statuses.put(row.uuid("project_id"), row.text("status"));
        }
        return statuses;
    }
}
