package io.deliveryhub.resources.skill;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Skill")
public record SkillView(UUID id, String name, String category, String description, long version, Instant createdAt,
        Instant updatedAt) {

    public static SkillView of(Skill skill) {
        return new SkillView(skill.id, skill.name, skill.category, skill.description, skill.version, skill.createdAt,
                skill.updatedAt);
    }
}
