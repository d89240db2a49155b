package io.deliveryhub.resources.project;

import static io.deliveryhub.platform.security.Roles.*;

import io.deliveryhub.platform.web.PageRequest;
import io.deliveryhub.platform.web.ResultPage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/known-projects")
@Tag(name = "Known projects", description = "Projects as resources-service has learned them from project events")
@RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN,
        INTEGRATION_TIMESHEETS })
public class KnownProjectResource {

    private final KnownProjects knownProjects;

    public KnownProjectResource(KnownProjects knownProjects) {
        this.knownProjects = knownProjects;
    }

    @GET
    public ResultPage<KnownProjectView> list(@Valid @BeanParam PageRequest page) {
        return knownProjects.list(page);
    }

    @GET
    @Path("{id}")
    public KnownProjectView get(@PathParam("id") UUID id) {
        return knownProjects.get(id);
    }
}
