package io.deliveryhub.projects.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.deliveryhub.platform.web.PageRequest;
import io.deliveryhub.platform.web.ResultPage;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Reads a project's audit trail, newest first; the entries are written by {@link ProjectEvents}. */
@ApplicationScoped
public class ProjectHistory {

    private final ObjectMapper json;

    public ProjectHistory(ObjectMapper json) {
        this.json = json;
    }

    public ResultPage<HistoryEntryView> page(UUID projectId, PageRequest page) {
        var query = ProjectHistoryEntry.<ProjectHistoryEntry> find("projectId",
                Sort.descending("occurredAt").and("version", Sort.Direction.Descending), projectId);
        return ResultPage.of(query, page, entry -> HistoryEntryView.of(entry, json));
    }
}
