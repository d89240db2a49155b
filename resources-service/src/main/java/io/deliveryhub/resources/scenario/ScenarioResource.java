package io.deliveryhub.resources.scenario;

import static io.deliveryhub.platform.security.Roles.DELIVERY_MANAGER;
import static io.deliveryhub.platform.security.Roles.HEAD_OF_DELIVERY;
import static io.deliveryhub.platform.security.Roles.PROJECT_MANAGER;

import com.fasterxml.jackson.databind.JsonNode;
import io.deliveryhub.platform.security.Actor;
import io.deliveryhub.platform.web.PageRequest;
import io.deliveryhub.platform.web.Responses;
import io.deliveryhub.platform.web.ResultPage;
import io.deliveryhub.resources.allocation.AllocationFields;
import io.deliveryhub.resources.allocation.CreateAllocationRequest;
import io.deliveryhub.resources.availability.Period;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/scenarios")
@Tag(name = "Scenarios", description = "What-if sandboxes over the live plan: changes, comparison, apply or discard")
@RolesAllowed({ PROJECT_MANAGER, DELIVERY_MANAGER, HEAD_OF_DELIVERY })
public class ScenarioResource {

    static final String CONFLICTS_EXAMPLE = """
            {"type":"https://deliveryhub.io/problems/scenario-conflicts","title":"Conflict","status":409,
             "detail":"The live plan moved since the scenario was based on it: allocation 7e8f9a0b-1c2d-4e3f-8a9b-0c1d2e3f4a5b (the allocation changed from version 2 to 3). Re-base each change that should still hold onto the live version (PATCH it with basedOnVersion), or discard the scenario and plan again from the live plan",
             "conflicts":[{"allocationId":"7e8f9a0b-1c2d-4e3f-8a9b-0c1d2e3f4a5b","change":"CHANGE","basedOnVersion":2,
             "liveVersion":3,"reason":"the allocation changed from version 2 to 3"}]}""";
    static final String APPLIED_EXAMPLE = """
            {"type":"https://deliveryhub.io/problems/scenario-applied","title":"Conflict","status":409,
             "detail":"Scenario 5c1e0f7a-8d2b-4e3f-9a6c-1b2d3e4f5a60 was applied at 2026-03-01T10:00:00Z and takes no more changes; create a new scenario"}""";
    static final String STALE_EXAMPLE = """
            {"type":"https://deliveryhub.io/problems/stale-version","title":"Precondition failed","status":412,
             "detail":"The resource has changed: it is at version 4; fetch it again and retry","currentVersion":4}""";
    static final String NOT_FOUND_EXAMPLE = """
            {"type":"https://deliveryhub.io/problems/not-found","title":"Not found","status":404,
             "detail":"Scenario 5c1e0f7a-8d2b-4e3f-9a6c-1b2d3e4f5a60 does not exist"}""";

    private final ScenarioService scenarios;
    private final ScenarioComparisons comparisons;
    private final Actor actor;

    public ScenarioResource(ScenarioService scenarios, ScenarioComparisons comparisons, Actor actor) {
        this.scenarios = scenarios;
        this.comparisons = comparisons;
        this.actor = actor;
    }

    @POST
    @Operation(summary = "Create a scenario, empty or as a copy of part of the live plan",
            description = "A copy holds the matching ACTIVE allocations (at most 5,000) as changes that change nothing"
                    + " yet, each based on the allocation's live version, so that apply can tell when one moved.")
    @APIResponse(responseCode = "201", description = "Created; Location points to it, ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ScenarioView.class)))
    public Response create(@Valid @NotNull CreateScenarioRequest request, UriInfo uri) {
        ScenarioView created = scenarios.create(request, actor);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @Operation(summary = "List scenarios", description = "DELIVERY_MANAGER and HEAD_OF_DELIVERY see all; a project "
            + "manager their own")
    public ResultPage<ScenarioView> list(@Valid @BeanParam PageRequest page) {
        return scenarios.list(page);
    }

    @GET
    @Path("{id}")
    @APIResponse(responseCode = "200", description = "Found; ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ScenarioView.class)))
    @APIResponse(responseCode = "404", description = "No such scenario, or someone else's and the caller is a"
            + " project manager", content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "not-found", value = NOT_FOUND_EXAMPLE)))
    public Response get(@PathParam("id") UUID id) {
        ScenarioView scenario = scenarios.get(id);
        return Responses.ok(scenario.version(), scenario);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Discard a scenario", description = "Deletes it with its changes; the live plan never held "
            + "any of them. If-Match optional; when sent it must name the scenario's current version.")
    @APIResponse(responseCode = "204", description = "Discarded")
    @APIResponse(responseCode = "412", description = "If-Match names a version that is no longer current",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "stale-version", value = STALE_EXAMPLE)))
    public void discard(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        scenarios.discard(id, ifMatch);
    }

    @GET
    @Path("{id}/allocations")
    @Operation(summary = "The scenario's allocation changes", description = "ADD, CHANGE (also a copied allocation,"
            + " until edited unchanged) or REMOVE, in the order they were made")
    public List<ScenarioAllocationView> allocations(@PathParam("id") UUID id) {
        return scenarios.allocations(id);
    }

    @POST
    @Path("{id}/allocations")
    @Operation(summary = "Add an allocation to the scenario",
            description = "The body of POST /api/v1/allocations, validated the same way (400, 422 for an unknown or "
                    + "ended project, an unknown or inactive person); capacity is not checked, the scenario may "
                    + "over-allocate. allowOverallocation is ignored here: apply takes it.")
    @APIResponse(responseCode = "201", description = "Added; Location points to it, ETag is its version",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = ScenarioAllocationView.class)))
    @APIResponse(responseCode = "409", description = "The scenario was applied", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "scenario-applied",
                    value = APPLIED_EXAMPLE)))
    public Response add(@PathParam("id") UUID id, @Valid @NotNull CreateAllocationRequest request, UriInfo uri) {
        ScenarioAllocationView added = scenarios.add(id, request);
        return Responses.created(uri, added.allocationId(), added.version(), added);
    }

    @GET
    @Path("{id}/allocations/{allocationId}")
    @APIResponse(responseCode = "200", description = "The scenario's change to that allocation; ETag is its version",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = ScenarioAllocationView.class)))
    public Response allocation(@PathParam("id") UUID id, @PathParam("allocationId") UUID allocationId) {
        ScenarioAllocationView change = scenarios.allocation(id, allocationId);
        return Responses.ok(change.version(), change);
    }

    @PATCH
    @Path("{id}/allocations/{allocationId}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(summary = "Change an allocation in the scenario (JSON merge patch, If-Match required)",
            description = "One the scenario added, or a live allocation: the scenario then records the live version "
                    + "it changes. If-Match names the change's version; for a live allocation the scenario does not "
                    + "change yet, the live allocation's (its ETag at /api/v1/allocations/{id}). The project cannot "
                    + "change. basedOnVersion re-bases a change that apply named as a conflict onto the live "
                    + "allocation's current version (409 not-the-live-version for any other): the change keeps its "
                    + "fields, which apply then writes over the live ones.")
    @RequestBody(content = @Content(schema = @Schema(implementation = AllocationFields.class),
            examples = { @ExampleObject(name = "change", value = "{\"hoursPerWeek\":24,\"to\":\"2026-05-29\"}"),
                    @ExampleObject(name = "re-base", value = "{\"basedOnVersion\":3}") }))
    @APIResponse(responseCode = "200", description = "Changed; ETag is the change's new version",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = ScenarioAllocationView.class)))
    @APIResponse(responseCode = "412", description = "If-Match names a version that is no longer current",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "stale-version", value = STALE_EXAMPLE)))
    public Response patch(@PathParam("id") UUID id, @PathParam("allocationId") UUID allocationId,
            @HeaderParam("If-Match") @Parameter(description = "the ETag of the change (or of the live allocation)")
            String ifMatch, JsonNode patch) {
        ScenarioAllocationView changed = scenarios.patch(id, allocationId, ifMatch, patch);
        return Responses.ok(changed.version(), changed);
    }

    @DELETE
    @Path("{id}/allocations/{allocationId}")
    @Operation(summary = "Remove an allocation in the scenario",
            description = "One the scenario added is forgotten; a live one is marked REMOVED from the live version it "
                    + "has now (released on apply). If-Match optional; when sent it must name the change's current "
                    + "version (the live allocation's for one the scenario does not change yet).")
    @APIResponse(responseCode = "204", description = "Removed in the scenario")
    @APIResponse(responseCode = "412", description = "If-Match names a version that is no longer current",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "stale-version", value = STALE_EXAMPLE)))
    public void remove(@PathParam("id") UUID id, @PathParam("allocationId") UUID allocationId,
            @HeaderParam("If-Match") String ifMatch) {
        scenarios.remove(id, allocationId, ifMatch);
    }

    @GET
    @Path("{id}/tentative-projects")
    public List<TentativeProjectView> tentativeProjects(@PathParam("id") UUID id) {
        return scenarios.tentativeProjects(id);
    }

    @GET
    @Path("{id}/tentative-projects/{projectId}")
    @APIResponse(responseCode = "200", description = "Found; ETag is its version", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = TentativeProjectView.class)))
    public Response tentativeProject(@PathParam("id") UUID id, @PathParam("projectId") UUID projectId) {
        TentativeProjectView project = scenarios.tentativeProject(id, projectId);
        return Responses.ok(project.version(), project);
    }

    @POST
    @Path("{id}/tentative-projects")
    @Operation(summary = "Consider a project that does not exist yet",
            description = "Its role demand counts in the scenario's capacity view as proposed demand × probability. "
                    + "Applying a scenario leaves tentative projects out: they stay a forecast.")
    @APIResponse(responseCode = "201", description = "Added; Location points to it, ETag is its version",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = TentativeProjectView.class)))
    public Response addTentative(@PathParam("id") UUID id, @Valid @NotNull TentativeProjectRequest request,
            UriInfo uri) {
        TentativeProjectView added = scenarios.addTentative(id, request);
        return Responses.created(uri, added.id(), added.version(), added);
    }

    @DELETE
    @Path("{id}/tentative-projects/{projectId}")
    @Operation(summary = "Stop considering a tentative project",
            description = "If-Match optional; when sent it must name the tentative project's current version.")
    @APIResponse(responseCode = "204", description = "No longer considered")
    @APIResponse(responseCode = "412", description = "If-Match names a version that is no longer current",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "stale-version", value = STALE_EXAMPLE)))
    public void removeTentative(@PathParam("id") UUID id, @PathParam("projectId") UUID projectId,
            @HeaderParam("If-Match") String ifMatch) {
        scenarios.removeTentative(id, projectId, ifMatch);
    }

    @POST
    @Path("{id}/apply")
    @Operation(summary = "Make the scenario's allocation changes real, in one transaction",
            description = "Each change goes through the same checks and events as the live allocation endpoints "
                    + "(roles, project stakes, over-allocation). Refused whole: 409 scenario-conflicts listing each "
                    + "live allocation that changed or was released since the scenario based a change on it; 409 "
                    + "overallocation unless allowOverallocation=true; 409 scenario-applied the second time. If-Match "
                    + "optional; when sent it must name the scenario's current version, so that a scenario changed "
                    + "since it was reviewed is not applied (412).")
    @APIResponse(responseCode = "200", description = "Applied", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = AppliedScenario.class)))
    @APIResponse(responseCode = "409", description = "The live plan moved, a booking would over-allocate, or the "
            + "scenario was applied already", content = @Content(mediaType = "application/problem+json",
                    examples = { @ExampleObject(name = "scenario-conflicts", value = CONFLICTS_EXAMPLE),
                            @ExampleObject(name = "scenario-applied", value = APPLIED_EXAMPLE) }))
    @APIResponse(responseCode = "412", description = "If-Match names a version that is no longer current",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "stale-version", value = STALE_EXAMPLE)))
    public AppliedScenario apply(@PathParam("id") UUID id,
            @QueryParam("allowOverallocation") @Parameter(description = "store HARD bookings even if they overbook")
            boolean allowOverallocation,
            @HeaderParam("If-Match") @Parameter(description = "the ETag of the scenario as reviewed") String ifMatch) {
        return scenarios.apply(id, allowOverallocation, ifMatch, actor);
    }

    @GET
    @Path("{id}/compare")
    @Operation(summary = "The scenario against the live plan, per person, week and project",
            description = "Only what differs, over the ISO weeks [from, to] touches: allocation hours per person (or "
                    + "placeholder role), project and week; HARD hours and over-allocation per person and week; "
                    + "hours per project and week, tentative projects also × their probability.")
    public ScenarioComparison compare(@PathParam("id") UUID id,
            @QueryParam("from") @Parameter(required = true, example = "2026-03-02") LocalDate from,
            @QueryParam("to") @Parameter(required = true, example = "2026-05-31") LocalDate to) {
        return comparisons.compare(id, Period.of(from, to));
    }
}
