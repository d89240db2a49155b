package io.deliveryhub.projects.template;

import com.fasterxml.jackson.databind.JsonNode;
import io.deliveryhub.platform.events.AggregateChange;
import io.deliveryhub.platform.outbox.Outbox;
import io.deliveryhub.platform.problem.Conflict;
import io.deliveryhub.platform.problem.NotFound;
import io.deliveryhub.platform.web.ETags;
import io.deliveryhub.platform.web.MergePatch;
import io.deliveryhub.platform.web.PageRequest;
import io.deliveryhub.platform.web.ResultPage;
import io.deliveryhub.projects.ProjectsTopic;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Templates belong to no project: their events go straight to the outbox, keyed by the template. */
@ApplicationScoped
public class ProjectTemplateService {

    static final String CREATED = "deliveryhub.project-template.created.v1";
    static final String UPDATED = "deliveryhub.project-template.updated.v1";
    static final String DELETED = "deliveryhub.project-template.deleted.v1";
    private static final Map<String, String> SORTABLE = Map.of("name", "name", "createdAt", "createdAt");

    private final Outbox outbox;
    private final MergePatch mergePatch;
    private final Clock clock;

    public ProjectTemplateService(Outbox outbox, MergePatch mergePatch, Clock clock) {
        this.outbox = outbox;
        this.mergePatch = mergePatch;
        this.clock = clock;
    }

    @Transactional
    public ProjectTemplateView create(ProjectTemplateRequest request, String actor) {
        requireUniqueName(request.name().strip(), null);
        ProjectTemplate template = new ProjectTemplate();
        template.stampCreated(clock.instant());
        apply(request, template);
        template.persist();
        ProjectTemplateView view = ProjectTemplateView.of(template);
        outbox.publish(ProjectsTopic.event(CREATED, template.id, template.id, template.createdAt,
                AggregateChange.created(template.version, actor, view)));
        return view;
    }

    public ResultPage<ProjectTemplateView> list(PageRequest page, String nameContains) {
        var sort = page.toSort(SORTABLE, "name");
        var query = nameContains == null || nameContains.isBlank()
                ? ProjectTemplate.<ProjectTemplate> findAll(sort)
                : ProjectTemplate.<ProjectTemplate> find("lower(name) like :q", sort,
                        Parameters.with("q", "%" + nameContains.toLowerCase() + "%"));
        return ResultPage.of(query, page, ProjectTemplateView::of);
    }

    public ProjectTemplateView get(UUID id) {
        return ProjectTemplateView.of(find(id));
    }

    @Transactional
    public ProjectTemplateView patch(UUID id, String ifMatch, JsonNode patch, String actor) {
        ProjectTemplate template = lock(id);
        ETags.requireMatch(ifMatch, template.version);
        ProjectTemplateRequest current = ProjectTemplateRequest.of(template);
        ProjectTemplateRequest edit = mergePatch.apply(current, patch, ProjectTemplateRequest.class, Set.of());
        ProjectTemplateView before = ProjectTemplateView.of(template);
        if (edit.equals(current)) {
            return before;
        }
        requireUniqueName(edit.name().strip(), id);
        apply(edit, template);
        template.stampChanged(clock.instant());
        ProjectTemplateView after = ProjectTemplateView.of(template);
        outbox.publish(ProjectsTopic.event(UPDATED, template.id, template.id, template.updatedAt,
                AggregateChange.updated(template.version, actor, before, after)));
        return after;
    }

    /** Projects started from the template keep everything they copied; only the template goes. */
    @Transactional
    public void delete(UUID id, String ifMatch, String actor) {
        ProjectTemplate template = lock(id);
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, template.version);
        }
        template.stampChanged(clock.instant());
        outbox.publish(ProjectsTopic.event(DELETED, template.id, template.id, template.updatedAt,
                AggregateChange.created(template.version, actor, ProjectTemplateView.of(template))));
        template.delete();
    }

    ProjectTemplate find(UUID id) {
        return ProjectTemplate.<ProjectTemplate> findByIdOptional(id)
                .orElseThrow(() -> new NotFound("Project template", id));
    }

    private ProjectTemplate lock(UUID id) {
        return ProjectTemplate.<ProjectTemplate> findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFound("Project template", id));
    }

    private static void requireUniqueName(String name, UUID except) {
        boolean taken = ProjectTemplate.<ProjectTemplate> find("lower(name) = ?1", name.toLowerCase()).stream()
                .anyMatch(other -> !other.id.equals(except));
        if (taken) {
            throw new Conflict("duplicate-template-name", "A project template named '" + name
                    + "' already exists; choose another name or change that template");
        }
    }

    private static void apply(ProjectTemplateRequest request, ProjectTemplate template) {
        template.name = request.name().strip();
        template.description = request.description();
        template.deliveryModel = request.deliveryModel();
        template.milestones = new ArrayList<>(request.milestones());
        template.raidEntries = new ArrayList<>(request.raidEntries());
    }
}
