package io.deliveryhub.projects.statusreport;

import static io.deliveryhub.platform.security.Roles.*;

import io.deliveryhub.platform.security.Actor;
import io.deliveryhub.platform.web.PageRequest;
import io.deliveryhub.platform.web.QueryParams;
import io.deliveryhub.platform.web.Responses;
import io.deliveryhub.platform.web.ResultPage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/projects/{idOrKey}/status-reports")
@Tag(name = "Status reports")
public class StatusReportResource {

    private final StatusReportService reports;
    private final Actor actor;

    public StatusReportResource(StatusReportService reports, Actor actor) {
        this.reports = reports;
        this.actor = actor;
    }

    @POST
    @Operation(summary = "Post a status report", description = """
            Reports are never edited: a correction is a newer report. Pipelines (INTEGRATION_PIPELINES) always \
            post with source PIPELINE; the gateway de-duplicates their retries by Idempotency-Key. Refused (409 project-ended) \
            once the project no longer accepts records (CLOSED or CANCELLED).""")
    @APIResponse(responseCode = "201", description = "Posted; Location points to it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = StatusReportView.class)))
    @RolesAllowed({ PROJECT_MANAGER, DELIVERY_MANAGER, HEAD_OF_DELIVERY, ADMIN, DELIVERY_LEAD, INTEGRATION_PIPELINES })
    public Response post(@PathParam("idOrKey") String idOrKey, @Valid @NotNull PostStatusReportRequest request,
            UriInfo uri) {
        StatusSource source = actor.hasAnyRole(INTEGRATION_PIPELINES) ? StatusSource.PIPELINE
                : request.source() == null ? StatusSource.MANUAL : request.source();
        StatusReportView posted = reports.post(idOrKey, request, source, actor.name());
        return Responses.created(uri, posted.id(), posted.version(), posted);
    }

    @GET
    @Operation(summary = "The project's status reports, newest as-of date first")
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN,
            INTEGRATION_PIPELINES })
    public ResultPage<StatusReportView> list(@PathParam("idOrKey") String idOrKey, @Valid @BeanParam PageRequest page,
            @QueryParam("from") @Parameter(description = "as-of on or after this date", example = "2026-03-01") String from,
            @QueryParam("to") @Parameter(description = "as-of on or before this date", example = "2026-03-31") String to) {
        return reports.list(idOrKey, page, QueryParams.date("from", from), QueryParams.date("to", to));
    }

    @GET
    @Path("latest")
    @Operation(summary = "The newest status report (404 when none was posted)")
    @APIResponse(responseCode = "200", description = "Found",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = StatusReportView.class)))
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN,
            INTEGRATION_PIPELINES })
    public Response latest(@PathParam("idOrKey") String idOrKey) {
        StatusReportView report = reports.latest(idOrKey);
        return Responses.ok(report.version(), report);
    }

    @GET
    @Path("{reportId}")
    @APIResponse(responseCode = "200", description = "Found",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = StatusReportView.class)))
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN,
            INTEGRATION_PIPELINES })
    public Response get(@PathParam("idOrKey") String idOrKey, @PathParam("reportId") UUID reportId) {
        StatusReportView report = reports.get(idOrKey, reportId);
        return Responses.ok(report.version(), report);
    }
}
