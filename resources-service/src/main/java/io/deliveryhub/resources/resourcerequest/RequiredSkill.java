package io.deliveryhub.resources.resourcerequest;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/** A catalogue skill a request needs, at least at {@code minLevel} (1–5). */
@Embeddable
public class RequiredSkill {

    @Column(name = "skill_id")
    public UUID skillId;
    @Column(name = "min_level")
    public int minLevel;

    public RequiredSkill() {
    }

    public RequiredSkill(UUID skillId, int minLevel) {
        this.skillId = skillId;
        this.minLevel = minLevel;
    }
}
