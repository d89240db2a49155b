package io.deliveryhub.resources.timeentry;

import static io.deliveryhub.platform.security.Roles.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.deliveryhub.platform.security.Actor;
import io.deliveryhub.platform.web.PageRequest;
import io.deliveryhub.platform.web.QueryParams;
import io.deliveryhub.platform.web.Responses;
import io.deliveryhub.platform.web.ResultPage;
import io.deliveryhub.resources.person.PersonAccess;
import io.deliveryhub.resources.project.ProjectCostVisibility;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import java.util.function.Predicate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/time-entries")
@Tag(name = "Time entries")
public class TimeEntryResource {

    private final TimeEntryService timeEntries;
    private final TimeEntryImport imports;
    private final ImportBatchReader batches;
    private final PersonAccess access;
    private final ProjectCostVisibility costs;
    private final Actor actor;

    public TimeEntryResource(TimeEntryService timeEntries, TimeEntryImport imports, ImportBatchReader batches,
            PersonAccess access, ProjectCostVisibility costs, Actor actor) {
        this.timeEntries = timeEntries;
        this.imports = imports;
        this.batches = batches;
        this.access = access;
        this.costs = costs;
        this.actor = actor;
    }

    @POST
    @Operation(summary = "Log time", description = "People log their own time; DELIVERY_MANAGER, HEAD_OF_DELIVERY and "
            + "ADMIN anyone's. 0 < hours ≤ 24 and at most 24 h per person and day (409). Unknown person or project → 422. "
            + "The entry starts SUBMITTED.")
    @APIResponse(responseCode = "201", description = "Recorded; Location points to it, ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TimeEntryView.class)))
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public Response record(@Valid @NotNull TimeEntryRequest request, UriInfo uri) {
        access.requireSelfOrManager(request.personId(), "time entries");
        TimeEntryView created = visible(timeEntries.record(request, actor.name()));
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @POST
    @Path("batch")
    @Operation(summary = "Import time entries in bulk",
            description = "Up to " + TimeEntryImport.MAX_ENTRIES + " entries per request, each with an externalRef: "
                    + "an entry already imported under that reference is updated (and submitted again) or left "
                    + "unchanged. Every item gets a result; a bad item is rejected with its reason (the detail of the "
                    + "problem logging it alone would answer) and never rejects the others. Events: one "
                    + "deliveryhub.time-entries.imported.v1 per project and 500 entries.")
    @RequestBody(content = @Content(mediaType = "application/json", example = """
            {"entries":[{"personId":"0b7d6c1e-3f52-4a8e-9d0b-2a9c4c7e5f10","projectId":"3d0f4a5e-2b8c-4f1a-9e6d-7c5b4a3f2e10",\
            "date":"2026-03-02","hours":7.5,"billable":true,"description":"Sprint 4",\
            "externalRef":{"system":"harvest","id":"TE-884213"}}]}""", schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "200", description = "One result per item, in order",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportReport.class)))
    @RolesAllowed({ INTEGRATION_TIMESHEETS, ADMIN })
    public ImportReport importBatch(InputStream body) throws IOException {
        return imports.importBatch(batches.read(body), actor.name());
    }

    @GET
    @Operation(summary = "List time entries", description = "People see their own entries and, as project manager or"
            + " delivery manager of a project, its entries; DELIVERY_MANAGER, HEAD_OF_DELIVERY, ADMIN and"
            + " INTEGRATION_TIMESHEETS see everyone's. cost is shown only to DELIVERY_MANAGER, HEAD_OF_DELIVERY and ADMIN.")
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN,
            INTEGRATION_TIMESHEETS })
    public ResultPage<TimeEntryView> list(@Valid @BeanParam PageRequest page,
            @QueryParam("personId") @Parameter(schema = @Schema(format = "uuid")) String personId,
            @QueryParam("projectId") @Parameter(schema = @Schema(format = "uuid")) String projectId,
            @QueryParam("from") @Parameter(description = "first date, inclusive", schema = @Schema(format = "date")) String from,
            @QueryParam("to") @Parameter(description = "last date, inclusive", schema = @Schema(format = "date")) String to,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = TimeEntryStatus.class)) String status) {
        ResultPage<TimeEntryView> result = timeEntries.list(page, new TimeEntryFilter(
                QueryParams.uuid("personId", personId), QueryParams.uuid("projectId", projectId),
                QueryParams.date("from", from), QueryParams.date("to", to),
                QueryParams.enumValue(TimeEntryStatus.class, "status", status)));
        Predicate<UUID> costShown = costs.on(result.items().stream().map(TimeEntryView::projectId).toList());
        return new ResultPage<>(result.items().stream()
                .map(entry -> costShown.test(entry.projectId()) ? entry : entry.withoutCost()).toList(),
                result.page(), result.size(), result.total());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One time entry", description = "An entry the caller may not see (as for the list) is a 404.")
    @APIResponse(responseCode = "200", description = "Found; ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TimeEntryView.class)))
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN,
            INTEGRATION_TIMESHEETS })
    public Response get(@PathParam("id") UUID id) {
        TimeEntryView entry = visible(timeEntries.get(id));
        return Responses.ok(entry.version(), entry);
    }

    @PATCH
    @Path("{id}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(summary = "Correct a time entry (JSON merge patch, If-Match required)",
            description = "projectId, date, hours, billable and description may change; the person and externalRef "
                    + "may not (400). People correct their own entries; DELIVERY_MANAGER, HEAD_OF_DELIVERY and ADMIN "
                    + "anyone's. Only SUBMITTED and REJECTED entries change (APPROVED → 409); a change submits the "
                    + "entry again and costs it anew. The 24 h per person and day rule (409), open projects and the "
                    + "person's active dates (422) hold as when logging.")
    @RequestBody(content = @Content(schema = @Schema(implementation = TimeEntryFields.class)))
    @APIResponse(responseCode = "200", description = "Changed (or already so); ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TimeEntryView.class)))
    @APIResponse(responseCode = "409", description = "Approved, or the day would hold more than 24 h",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "approved", value = """
                    {"type":"https://deliveryhub.io/problems/time-entry-approved","title":"Conflict","status":409,\
                    "detail":"Time entry 5b0e6f8a-1c2d-4e3f-9a8b-7c6d5e4f3a21 has been approved and cannot change; log a correcting entry, or ask a project manager to reject an entry before it is approved"}""")))
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public Response patch(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, JsonNode patch) {
        TimeEntryView entry = visible(timeEntries.patch(id, ifMatch, patch, actor.name()));
        return Responses.ok(entry.version(), entry);
    }

    @POST
    @Path("{id}/decision")
    @Operation(summary = "Approve or reject a submitted entry", description = "SUBMITTED → APPROVED or REJECTED "
            + "(a reason is required to reject); any other state → 409. Only the project manager or delivery manager "
            + "of the entry's project (else 403 not-your-project), or HEAD_OF_DELIVERY, decides, and never the "
            + "person who logged it (403 own-entry).")
    @APIResponse(responseCode = "200", description = "Decided; ETag is the new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TimeEntryView.class)))
    @RolesAllowed({ PROJECT_MANAGER, DELIVERY_MANAGER, HEAD_OF_DELIVERY })
    public Response decide(@PathParam("id") UUID id, @Valid @NotNull DecisionRequest request) {
        TimeEntryView entry = visible(timeEntries.decide(id, request, actor.name()));
        return Responses.ok(entry.version(), entry);
    }

    /** Its cost reveals a cost rate: for those who see its project's costs (docs/access.md). */
    private TimeEntryView visible(TimeEntryView entry) {
        return costs.on(entry.projectId()) ? entry : entry.withoutCost();
    }
}
