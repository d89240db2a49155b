package io.deliveryhub.projects.template;

import io.deliveryhub.platform.money.Money;
import io.deliveryhub.projects.milestone.CreateDeliverableRequest;
import io.deliveryhub.projects.milestone.CreateMilestoneRequest;
import io.deliveryhub.projects.milestone.Deliverable;
import io.deliveryhub.projects.milestone.DeliverableService;
import io.deliveryhub.projects.milestone.Milestone;
import io.deliveryhub.projects.milestone.MilestoneService;
import io.deliveryhub.projects.milestone.MilestoneStatus;
import io.deliveryhub.projects.milestone.MilestoneView;
import io.deliveryhub.projects.project.CreateProjectRequest;
import io.deliveryhub.projects.project.Project;
import io.deliveryhub.projects.project.ProjectService;
import io.deliveryhub.projects.project.ProjectView;
import io.deliveryhub.projects.raid.RaidItem;
import io.deliveryhub.projects.raid.RaidService;
import io.deliveryhub.projects.raid.RaidStatus;
import io.deliveryhub.projects.raid.RaiseRaidItemRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Starts a PROPOSED project from a template or as a clone of another project, with its milestones and
 * RAID entries, in one transaction: through the same services as the API, so each part publishes its
 * own event and the new project's history shows how it was set up.
 */
@ApplicationScoped
public class ProjectStarter {

    private final ProjectService projects;
    private final MilestoneService milestones;
    private final DeliverableService deliverables;
    private final RaidService raid;
    private final ProjectTemplateService templates;

    public ProjectStarter(ProjectService projects, MilestoneService milestones, DeliverableService deliverables,
            RaidService raid, ProjectTemplateService templates) {
        this.projects = projects;
        this.milestones = milestones;
        this.deliverables = deliverables;
        this.raid = raid;
        this.templates = templates;
    }

    @Transactional
    public ProjectView fromTemplate(UUID templateId, StartProjectRequest request, String actor) {
        ProjectTemplate template = templates.find(templateId);
        ProjectView view = projects.create(new CreateProjectRequest(request.key(), request.name(), request.clientId(),
                request.deliveryModel() == null ? template.deliveryModel : request.deliveryModel(), request.practice(),
                request.projectManagerId(), request.deliveryManagerId(), request.deliveryLeadId(),
                request.plannedStart(), request.plannedEnd(), request.budget(), request.budgetHours(),
                request.tags() == null ? List.of() : request.tags(), null,
                request.budget() == null ? null : request.budget().currency()), actor);
        Project project = Project.findById(view.id());
        for (TemplateMilestone milestone : template.milestones) {
            milestones.create(project, new CreateMilestoneRequest(milestone.name(),
                    ScheduleShift.due(request.plannedStart(), milestone.offsetDays()), milestone.weight(), null,
                    milestone.acceptanceCriteria()), actor);
        }
        for (TemplateRaidEntry entry : template.raidEntries) {
            raid.raise(project, new RaiseRaidItemRequest(entry.type(), entry.title(), entry.description(),
                    entry.probability(), entry.impact(), null, entry.mitigation(), null, null, null), actor);
        }
        return view;
    }

    /**
     * Copies the source's plan: its fields (not its status, CRM link or probability), its milestones that
     * were not waived (PLANNED again, with their deliverables as DRAFT) and its live RAID items (OPEN again),
     * every date moved by the distance between the two planned starts.
     */
    @Transactional
    public ProjectView cloneOf(String sourceIdOrKey, CloneProjectRequest request, String actor) {
        Project source = projects.find(sourceIdOrKey);
        // The clone names the source's managers, so only one of them (or delivery management) may make it.
        projects.requireStake(source);
        LocalDate start = request.plannedStart() == null ? source.plannedStart : request.plannedStart();
        ScheduleShift shift = ScheduleShift.between(source.plannedStart, start);
        ProjectView view = projects.create(new CreateProjectRequest(request.key(), request.name(), source.clientId,
                source.deliveryModel, source.practice, source.projectManagerId, source.deliveryManagerId,
                source.deliveryLeadId, start, shift.apply(source.plannedEnd), source.budget(), source.budgetHours,
                List.copyOf(source.tags), null, source.currency), actor);
        Project project = Project.findById(view.id());
        List<Milestone> plan = Milestone.list("projectId = ?1 and status <> ?2 order by dueDate, name", source.id,
                MilestoneStatus.WAIVED);
        for (Milestone milestone : plan) {
            Money billing = milestone.billingAmount == null ? null
                    : Money.of(milestone.billingAmount, milestone.billingCurrency);
            MilestoneView copy = milestones.create(project, new CreateMilestoneRequest(milestone.name,
                    shift.apply(milestone.dueDate), milestone.weight, billing, milestone.acceptanceCriteria), actor);
            for (Deliverable deliverable : Deliverable.<Deliverable> list("milestoneId = ?1 order by name", milestone.id)) {
                deliverables.create(project.key, copy.id(),
                        new CreateDeliverableRequest(deliverable.name, deliverable.description), actor);
            }
        }
        List<RaidItem> live = RaidItem.list("projectId = ?1 and status in ?2 order by createdAt", source.id,
                List.of(RaidStatus.OPEN, RaidStatus.IN_PROGRESS));
        for (RaidItem item : live) {
            raid.raise(project, new RaiseRaidItemRequest(item.type, item.title, item.description, item.probability,
                    item.impact, item.owner, item.mitigation, shift.apply(item.dueDate), null, null), actor);
        }
        return view;
    }
}
