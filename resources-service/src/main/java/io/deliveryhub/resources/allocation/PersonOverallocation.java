package io.deliveryhub.resources.allocation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The over-allocated weeks of a person as last published (V17); {@code weeks} is their JSON array. */
@Entity
@Table(name = "person_overallocation")
public class PersonOverallocation extends PanacheEntityBase {

    @Id
    @Column(name = "person_id")
    public UUID personId;
    public String weeks;
    public long version;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
