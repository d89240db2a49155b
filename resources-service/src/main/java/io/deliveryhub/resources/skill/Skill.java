package io.deliveryhub.resources.skill;

import io.deliveryhub.platform.persistence.VersionedAggregate;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An entry of the skill catalogue; names are unique whatever their case. */
@Entity
@Table(name = "skill")
public class Skill extends VersionedAggregate {

    public String name;
    public String category;
    public String description;
}
