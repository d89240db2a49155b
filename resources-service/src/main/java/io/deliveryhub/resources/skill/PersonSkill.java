package io.deliveryhub.resources.skill;

import io.deliveryhub.platform.persistence.VersionedAggregate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** How well a person masters a catalogue skill: level 1 (novice) to 5 (expert), and for how many years. */
@Entity
@Table(name = "person_skill")
public class PersonSkill extends VersionedAggregate {

    @Column(name = "person_id")
    public UUID personId;
    @Column(name = "skill_id")
    public UUID skillId;
    public int level;
    public BigDecimal years;
}
