package io.deliveryhub.projects.milestone;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateDeliverable", examples = "{\"name\":\"UX designs\",\"description\":\"Figma screens for every flow\"}")
public record CreateDeliverableRequest(@NotBlank @Size(max = 200) String name, @Size(max = 4000) String description) {
}
