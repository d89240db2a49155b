package io.deliveryhub.projects.milestone;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WaiveMilestone", examples = "{\"reason\":\"Client dropped the reporting module from scope\"}")
public record WaiveMilestoneRequest(@NotBlank @Size(max = 2000) String reason) {
}
