package io.deliveryhub.metrics.projectkpi;

import io.deliveryhub.metrics.kpi.ProjectHealth;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/** Writes the health rules into the OpenAPI document from {@link ProjectHealth}'s tables, so the text cannot drift. */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class HealthDescription implements OASFilter {

    static final String SCHEMA = "ProjectHealth";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Schema health = openAPI.getComponents().getSchemas().get(SCHEMA);
        if (health != null) {
            health.setDescription(ProjectHealth.description());
        }
    }
}
