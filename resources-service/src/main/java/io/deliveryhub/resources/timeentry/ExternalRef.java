package io.deliveryhub.resources.timeentry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The record in the timesheet system this entry came from; the same reference is imported only once. */
@Schema(name = "ExternalRef", example = "{\"system\":\"harvest\",\"id\":\"TE-884213\"}")
public record ExternalRef(@NotBlank @Size(max = 50) String system, @NotBlank @Size(max = 200) String id) {
}
