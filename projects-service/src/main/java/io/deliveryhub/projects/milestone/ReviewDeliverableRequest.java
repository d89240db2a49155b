package io.deliveryhub.projects.milestone;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReviewDeliverable", examples = "{\"status\":\"REJECTED\",\"notes\":\"Accessibility contrast fails on the login screen\"}")
public record ReviewDeliverableRequest(@NotNull ReviewStatus status, @Size(max = 4000) String notes) {
}
