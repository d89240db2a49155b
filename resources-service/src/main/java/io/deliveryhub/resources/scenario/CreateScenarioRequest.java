package io.deliveryhub.resources.scenario;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateScenario", example = """
        {"name":"Win the Acme deal, move Ada to Project X","description":"Q2 staffing if Acme signs",
         "copy":{"projectIds":["3d0f4a5e-2b8c-4f1a-9e6d-7c5b4a3f2e10"],"from":"2026-03-02","to":"2026-05-31"}}""")
public record CreateScenarioRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 2000) String description,
        @Schema(description = "start from a copy of these live allocations; leave out for an empty scenario")
        @Valid ScenarioCopy copy) {
}
