package io.deliveryhub.resources.project;

import com.fasterxml.jackson.databind.JsonNode;
import io.deliveryhub.platform.events.IncomingEvent;
import io.deliveryhub.platform.problem.NotFound;
import io.deliveryhub.platform.web.PageRequest;
import io.deliveryhub.platform.web.ResultPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Keeps the known-projects read model in step with {@code deliveryhub.project.*} events. */
@ApplicationScoped
public class KnownProjects {

    static final String PROJECT_EVENTS = "deliveryhub.project.";
    private static final Map<String, String> SORTABLE = Map.of("key", "key", "status", "status");

    /** Every project event carries the project's full state; an event not newer than what we hold is stale. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event) {
        if (!event.type().startsWith(PROJECT_EVENTS)) {
            return;
        }
        JsonNode state = event.state();
        UUID id = UUID.fromString(state.get("id").asText());
        KnownProject project = KnownProject.findById(id);
        if (project == null) {
            project = new KnownProject();
            project.id = id;
        } else if (project.version >= event.version()) {
            return;
        }
        project.key = state.get("key").asText();
        project.name = state.get("name").asText();
        project.status = state.get("status").asText();
        project.plannedStart = date(state.get("plannedStart"));
        project.plannedEnd = date(state.get("plannedEnd"));
        project.version = event.version();
        project.updatedAt = event.time();
        project.persist();
    }

    public KnownProjectView get(UUID id) {
        return KnownProject.<KnownProject> findByIdOptional(id).map(KnownProjectView::of)
                .orElseThrow(() -> new NotFound("Known project", id));
    }

    public ResultPage<KnownProjectView> list(PageRequest page) {
        return ResultPage.of(KnownProject.findAll(page.toSort(SORTABLE, "key")), page, KnownProjectView::of);
    }

    private static LocalDate date(JsonNode value) {
        return value == null || value.isNull() ? null : LocalDate.parse(value.asText());
    }
}
