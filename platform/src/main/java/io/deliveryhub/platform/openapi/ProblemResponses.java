package io.deliveryhub.platform.openapi;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the error responses every endpoint can give (docs/api.md#errors) once, instead of on each method:
 * the RFC 9457 {@code Problem} schema and, per operation, the statuses its shape makes possible.
 */
public class ProblemResponses implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("Problem", problemSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            boolean hasPathParameter = path.contains("{");
            item.getOperations().forEach((method, operation) -> document(method, operation, hasPathParameter));
        });
    }

    private static void document(PathItem.HttpMethod method, Operation operation, boolean hasPathParameter) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        boolean writes = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.DELETE;
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (takesInput) {
            add(responses, "400", "Malformed JSON, wrong types or invalid fields; `errors` names each field");
        } else {
            responses.removeAPIResponse("400");
        }
        add(responses, "401", "Missing or invalid bearer token");
        add(responses, "403", writes ? "The caller's roles do not allow this action, or (`not-your-project`) the"
                + " project it changes does not name the caller" : "The caller's roles do not allow this action");
        if (hasPathParameter) {
            add(responses, "404", "The resource in the path does not exist");
        }
        if (writes) {
            add(responses, "409", "A domain rule refuses the change; `detail` says what would make it possible");
            add(responses, "422", "The body refers to something that does not exist or cannot be used");
            add(responses, "413", "`event-too-large`: the change's event would exceed the event size limit; nothing was saved");
        }
        if (method == PathItem.HttpMethod.PATCH) {
            add(responses, "412", "If-Match names a version that is no longer current");
            add(responses, "428", "If-Match is missing");
        }
        add(responses, "503", "The service's database is unavailable for a moment (a restart, a failover); "
                + "Retry-After says when to try again");
    }

    /** Quarkus adds bare 400/401/403 responses itself; those get the problem body and our wording. */
    private static void add(APIResponses responses, String status, String description) {
        var existing = responses.getAPIResponse(status);
        if (existing != null && existing.getContent() != null) {
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)))));
    }

    private static Schema problemSchema() {
        Schema fieldError = OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.OBJECT))
                .properties(Map.of(
                        "field", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING)),
                        "message", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING))));
        return OASFactory.createSchema()
                .type(java.util.List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details")
                .required(java.util.List.of("type", "title", "status"))
                .properties(Map.of(
                        "type", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING))
                                .format("uri").examples(java.util.List.of("https://deliveryhub.io/problems/validation")),
                        "title", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING)),
                        "status", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.INTEGER)),
                        "detail", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING)),
                        "instance", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING)),
                        "errors", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.ARRAY))
                                .items(fieldError)));
    }
}
