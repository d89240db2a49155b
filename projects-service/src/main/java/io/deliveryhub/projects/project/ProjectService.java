package io.deliveryhub.projects.project;

import io.deliveryhub.platform.events.AggregateChange;
import io.deliveryhub.platform.money.BaseCurrency;
import io.deliveryhub.platform.problem.BadRequest;
import io.deliveryhub.platform.problem.Conflict;
import io.deliveryhub.platform.problem.NotFound;
import io.deliveryhub.platform.problem.Unprocessable;
import io.deliveryhub.platform.web.PageRequest;
import io.deliveryhub.platform.web.ResultPage;
import io.deliveryhub.projects.client.Client;
import io.deliveryhub.projects.history.ProjectEvents;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class ProjectService {

    static final String PROJECT_CREATED = "deliveryhub.project.created.v1";
    private static final Map<String, String> SORTABLE = Map.of(
            "key", "key", "name", "name", "status", "status", "plannedStart", "plannedStart",
            "plannedEnd", "plannedEnd", "createdAt", "createdAt");

    private final ProjectEvents events;
    private final BaseCurrency currency;
    private final Clock clock;

    public ProjectService(ProjectEvents events, BaseCurrency currency, Clock clock) {
        this.events = events;
        this.currency = currency;
        this.clock = clock;
    }

    @Transactional
    public ProjectView create(CreateProjectRequest request, String actor) {
        EditableProject fields = request.editable();
        check(fields);
        if (Project.findByKey(request.key()).isPresent()) {
            throw new Conflict("duplicate-key", "A project with key " + request.key()
                    + " already exists; project keys are unique, choose another");
        }
        Project project = new Project();
        project.stampCreated(clock.instant());
        project.key = request.key();
        project.status = ProjectStatus.PROPOSED;
        fields.applyTo(project);
        project.persist();
        ProjectView view = ProjectView.of(project);
        events.publish(PROJECT_CREATED, project.id, project.id, project.createdAt,
                AggregateChange.created(project.version, actor, view));
        return view;
    }

    /** The rules a project's fields obey whichever way they arrive (create, patch, import). */
    void check(EditableProject fields) {
        if (fields.plannedStart() != null && fields.plannedEnd() != null
                && fields.plannedEnd().isBefore(fields.plannedStart())) {
            throw BadRequest.ofField("plannedEnd", "must not be before plannedStart");
        }
        currency.require(fields.budget(), "budget");
        if (Client.findByIdOptional(fields.clientId()).isEmpty()) {
            throw new Unprocessable("unknown-client", "clientId " + fields.clientId() + " is not a known client");
        }
    }

    public ProjectView get(String idOrKey) {
        return ProjectView.of(find(idOrKey));
    }

    public ResultPage<ProjectView> list(PageRequest page, ProjectFilter filter) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (filter.status() != null) {
            conditions.add("status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.clientId() != null) {
            conditions.add("clientId = :clientId");
            parameters.and("clientId", filter.clientId());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            conditions.add("(lower(name) like :q or lower(key) like :q)");
            parameters.and("q", "%" + filter.q().toLowerCase() + "%");
        }
        var sort = page.toSort(SORTABLE, "key");
        var query = conditions.isEmpty()
                ? Project.<Project> findAll(sort)
                : Project.<Project> find(String.join(" and ", conditions), sort, parameters);
        return ResultPage.of(query, page, ProjectView::of);
    }

    public Project find(String idOrKey) {
        return ProjectKey.asId(idOrKey)
                .flatMap(id -> Project.<Project> findByIdOptional(id))
                .or(() -> Project.findByKey(idOrKey))
                .orElseThrow(() -> new NotFound("Project", idOrKey));
    }
}
