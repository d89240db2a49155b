package io.deliveryhub.projects.template;

import io.deliveryhub.projects.project.ProjectKey;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CloneProject", examples = "{\"key\":\"ACME-PAY-2\",\"name\":\"Acme payments phase 2\",\"plannedStart\":\"2026-10-05\"}")
public record CloneProjectRequest(
        @NotBlank @Pattern(regexp = ProjectKey.PATTERN, message = "must be 2-32 upper-case letters, digits or '-', starting with a letter") String key,
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "the source's when omitted; the plan and due dates move by the difference") LocalDate plannedStart) {
}
