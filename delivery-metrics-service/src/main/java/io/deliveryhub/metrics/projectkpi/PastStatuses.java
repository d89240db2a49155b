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

    /**
     * Joins {@code d.status}, the status project {@code p} had on {@code :day}: of the latest version in force by
     * then; null when none was recorded by then.
     */
    static final String JOIN_ON_DAY = """
            left join lateral (select h.status from project_status_history h
                               where h.project_id = p.id and h.effective_on <= :day
                               order by h.version desc limit 1) d on true""";

    private static final String ON_DAY = "select p.id as project_id, d.status from project p " + JOIN_ON_DAY + """

            where d.status is not null and """ + ProjectFilter.CONDITION;

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
