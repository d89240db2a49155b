package io.deliveryhub.projects.milestone;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a PATCH may change; the review status moves only through POST .../review. */
@Schema(name = "DeliverablePatch", examples = "{\"description\":\"Figma screens and the click-through prototype\"}")
public record DeliverableEdit(@NotBlank @Size(max = 200) String name, @Size(max = 4000) String description) {
}
