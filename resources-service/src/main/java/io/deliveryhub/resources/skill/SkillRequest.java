package io.deliveryhub.resources.skill;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewSkill", example = "{\"name\":\"Kubernetes\",\"category\":\"Platform\",\"description\":\"Running workloads on Kubernetes\"}")
public record SkillRequest(@NotBlank @Size(max = 100) String name, @Size(max = 100) String category,
        @Size(max = 1000) String description) {
}
