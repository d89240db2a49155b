package io.deliveryhub.projects.baseline;

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

@Path("/api/v1/projects/{idOrKey}/baselines")
@Tag(name = "Projects")
public class BaselineResource {

    private final ProjectService projects;
    private final BaselineService baselines;

    public BaselineResource(ProjectService projects, BaselineService baselines) {
        this.projects = projects;
        this.baselines = baselines;
    }

    @GET
    @Operation(summary = "The project's baseline history, newest version first",
            description = "Version 1 is taken when the project first becomes ACTIVE; each approved change request"
                    + " adds the next. Empty before activation.")
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public ResultPage<BaselineView> list(@PathParam("idOrKey") String idOrKey, @Valid @BeanParam PageRequest page) {
        return baselines.list(projects.get(idOrKey).id(), page);
    }
}
