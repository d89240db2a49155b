package io.deliveryhub.projects.project;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * Puts the allowed transitions, from {@link ProjectLifecycle}'s table, before the guards that the transition
 * endpoint's own description states, so the OpenAPI text cannot drift from the rule.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class LifecycleDescription implements OASFilter {

    static final String PATH = "/api/v1/projects/{idOrKey}/transitions";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        PathItem path = openAPI.getPaths() == null ? null : openAPI.getPaths().getPathItem(PATH);
        Operation transition = path == null ? null : path.getPOST();
        if (transition != null) {
            transition.setDescription(text() + " " + transition.getDescription());
        }
    }

    /** The allowed moves as one sentence: {@code PROPOSED → PLANNING, CANCELLED; ...; CANCELLED: final.} */
    static String text() {
        return "Allowed moves: " + String.join("; ", ProjectLifecycle.describe()) + ".";
    }
}
