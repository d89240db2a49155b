package io.deliveryhub.metrics.projectkpi;

import io.deliveryhub.metrics.kpi.ClientFeedback;
import io.deliveryhub.metrics.kpi.CostFact;
import io.deliveryhub.metrics.kpi.Decimals;
import io.deliveryhub.metrics.kpi.EarnedValue;
import io.deliveryhub.metrics.kpi.EarnedValueFigures;
import io.deliveryhub.metrics.kpi.MilestoneSchedule;
import io.deliveryhub.metrics.kpi.ProjectHealth;
import io.deliveryhub.metrics.kpi.ProjectPlan;
import io.deliveryhub.metrics.kpi.StatusReportFact;
import io.deliveryhub.metrics.project.Project;
import io.deliveryhub.platform.problem.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** A project's KPIs as of a day, computed from the stored facts by the calculators of {@code kpi}. */
@ApplicationScoped
public class ProjectKpiService {

    private final ProjectFactsRepository facts;
    private final ProjectFactsBatch batch;

    public ProjectKpiService(ProjectFactsRepository facts, ProjectFactsBatch batch) {
        this.facts = facts;
        this.batch = batch;
    }

    /**
     * @param idOrKey the project's id or its key
     * @throws NotFound when no project with that id or key has reached the read model
     */
    @Transactional
    public ProjectKpis asOf(String idOrKey, LocalDate day) {
        return compute(facts.of(find(idOrKey)), day);
    }

    /**
     * The KPIs as of the day of every project whose status is one of these, from one read of their facts (a query
     * per kind of fact, not per project): what a sweep over the portfolio, such as the alert rules', needs.
     */
    @Transactional
    public List<ProjectKpis> ofProjectsIn(Collection<String> statuses, LocalDate day) {
        return compute(Project.list("status in ?1", statuses), day);
    }

    /** The same, of those of these projects whose status is one of these. */
    @Transactional
    public List<ProjectKpis> ofProjectsIn(Collection<String> statuses, Collection<UUID> projectIds, LocalDate day) {
        return compute(Project.list("status in ?1 and id in ?2", statuses, projectIds), day);
    }

    private List<ProjectKpis> compute(List<Project> projects, LocalDate day) {
        return projects.isEmpty() ? List.of()
                : batch.asOf(day, projects, project -> compute(project, day));
    }

    /** The KPIs on the day from facts already loaded: the trend and the portfolio compute many days or projects. */
    static ProjectKpis compute(ProjectFacts project, LocalDate day) {
        ProjectPlan plan = project.plan(day);
        EarnedValueFigures earned = EarnedValue.asOf(day, plan, project.milestones(), project.reports(),
                project.costs());
        MilestoneSchedule schedule = MilestoneSchedule.asOf(day, project.milestones());
        BigDecimal bac = plan.budgetAt(day);
        BigDecimal burn = Decimals.divide(EarnedValue.actualCost(day, project.costs()), bac);
        String rag = StatusReportFact.latest(project.reports(), day).map(StatusReportFact::rag).orElse(null);
        BigDecimal riskExposure = project.riskExposure(day);
        ClientFeedback feedback = ClientFeedback.asOf(day, project.feedback());
        ProjectHealth.Score health = ProjectHealth.of(new ProjectHealth.Inputs(earned.cpi(), earned.spi(), rag,
                schedule.overdue(), riskExposure, burn,
                EarnedValue.percentComplete(day, project.milestones(), project.reports()), feedback.csat()));
        Project row = project.project();
        return new ProjectKpis(row.id, row.key, row.name, day,
                ProjectKpis.EarnedValue.of(project.currencyAt(day), earned),
                ProjectKpis.Schedule.of(schedule),
                new ProjectKpis.BudgetBurn(Decimals.ratio(burn), hoursLogged(day, project),
                        project.budgetHoursAt(day)),
                rag, riskExposure, feedback.csat(), feedback.nps(), HealthView.of(health));
    }

    private static BigDecimal hoursLogged(LocalDate day, ProjectFacts project) {
        return Decimals.sum(project.costs().stream()
                .filter(cost -> !cost.date().isAfter(day) && cost.hours() != null)
                .map(CostFact::hours).toList());
    }

    static Project find(String idOrKey) {
        Project project = asUuid(idOrKey) != null ? Project.findById(asUuid(idOrKey))
                : Project.find("key", idOrKey).firstResult();
        if (project == null) {
            throw new NotFound("Project", idOrKey);
        }
        return project;
    }

    private static UUID asUuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
