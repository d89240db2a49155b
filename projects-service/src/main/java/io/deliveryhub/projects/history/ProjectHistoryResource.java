package io.deliveryhub.projects.history;

import static io.deliveryhub.platform.security.Roles.*;

import io.deliveryhub.platform.web.PageRequest;
import io.deliveryhub.platform.web.ResultPage;
import io.deliveryhub.projects.project.ProjectService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/projects/{idOrKey}/history")
@Tag(name = "Projects")
public class ProjectHistoryResource {

    private final ProjectService projects;
    private final ProjectHistory history;

    public ProjectHistoryResource(ProjectService projects, ProjectHistory history) {
        this.projects = projects;
        this.history = history;
    }

    @GET
    @Operation(summary = "The project's audit trail: its events and its parts' events, newest first, with who and when")
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public ResultPage<HistoryEntryView> history(@PathParam("idOrKey") String idOrKey, @Valid @BeanParam PageRequest page) {
        return history.page(projects.get(idOrKey).id(), page);
    }
}
