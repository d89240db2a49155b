package io.deliveryhub.metrics.projectalert;

import io.deliveryhub.metrics.alert.ProjectAlertRule;
import io.deliveryhub.metrics.alert.Breach;
import io.deliveryhub.metrics.kpi.MilestoneFact;
import io.deliveryhub.platform.persistence.Columns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

/**
 * A milestone of a watched project is overdue today (not WAIVED, not done, due before today: {@link
 * MilestoneFact#overdueOn}). The alert is about the milestone, so each overdue milestone has its own, and it carries
 * the project; its value is the number of days overdue.
 */
@ApplicationScoped
public class MilestoneOverdueRule implements ProjectAlertRule {

    static final String NAME = "MILESTONE_OVERDUE";

    // "due before the day" only narrows the rows read; whether one is overdue is MilestoneFact's to say.
    private static final String MILESTONES_DUE = """
            select m.id, m.project_id, p.key, m.due_date, m.weight, m.status, m.completed_on
            from project_milestone m join project p on p.id = m.project_id
            where p.status in (:statuses) and m.due_date < :day""";
    private static final String OF_PROJECTS = " and m.project_id in (:projects)";

    private final WatchedProjects projects;
    private final Session session;

    public MilestoneOverdueRule(WatchedProjects projects, Session session) {
        this.projects = projects;
        this.session = session;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Breach> breachesOn(LocalDate day) {
        return breaches(day, session.createNativeQuery(MILESTONES_DUE, Tuple.class));
    }

    @Override
    public List<Breach> breachesOn(LocalDate day, Set<UUID> projectIds) {
        return breaches(day, session.createNativeQuery(MILESTONES_DUE + OF_PROJECTS, Tuple.class)
                .setParameterList("projects", projectIds));
    }

    private List<Breach> breaches(LocalDate day, NativeQuery<Tuple> milestonesDue) {
        List<Columns> rows = milestonesDue.setParameterList("statuses", projects.statuses())
                .setParameter("day", day, LocalDate.class)
                .getResultList().stream().map(Columns::of).toList();
        List<Breach> breaches = new ArrayList<>();
        for (Columns row : rows) {
            MilestoneFact milestone = new MilestoneFact(row.date("due_date"), row.decimal("weight"),
                    row.text("status"), row.date("completed_on"));
            if (milestone.overdueOn(day)) {
                long daysOverdue = ChronoUnit.DAYS.between(milestone.dueOn(), day);
                breaches.add(new Breach(NAME, row.uuid("id"), row.uuid("project_id"),
                        "A milestone of " + row.text("key")
                        + " was due on " + milestone.dueOn() + " and is not done (" + daysOverdue + " days overdue)",
                        BigDecimal.valueOf(daysOverdue), null));
            }
        }
        return breaches;
    }
}
