package io.deliveryhub.resources.project;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A project as last announced by projects-service; allocations may only name projects known here. */
@Entity
@Table(name = "known_project")
public class KnownProject extends PanacheEntityBase {

    @Id
    public UUID id;
    public String key;
    public String name;
    public String status;
    @Column(name = "planned_start")
    public LocalDate plannedStart;
    @Column(name = "planned_end")
    public LocalDate plannedEnd;
    public long version;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
