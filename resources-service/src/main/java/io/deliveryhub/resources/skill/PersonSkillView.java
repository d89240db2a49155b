package io.deliveryhub.resources.skill;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PersonSkill")
public record PersonSkillView(UUID id, UUID personId, UUID skillId, String skillName, int level, BigDecimal years,
        long version, Instant updatedAt) {

    public static PersonSkillView of(PersonSkill skill, String skillName) {
        return new PersonSkillView(skill.id, skill.personId, skill.skillId, skillName, skill.level, skill.years,
                skill.version, skill.updatedAt);
    }
}
