package io.deliveryhub.resources.project;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A project as last announced by projects-service; allocations may only name projects known here. */
@Entity
@Table(name = "known_project")
public class KnownProject extends PanacheEntityBase {

    public static final String PROPOSED = "PROPOSED";
    private static final Set<String> ENDED = Set.of("CLOSED", "CANCELLED");

    @Id
    public UUID id;
    public String key;
    public String name;
    public String status;
    @Column(name = "planned_start")
    public LocalDate plannedStart;
    @Column(name = "planned_end")
    public LocalDate plannedEnd;
    public String practice;
    /** The win probability (0–1) of a proposed project, when projects-service announces one. */
    public BigDecimal probability;
    public long version;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** CLOSED and CANCELLED projects take no more allocations or requests. */
    public boolean ended() {
        return ENDED.contains(status);
    }
}
