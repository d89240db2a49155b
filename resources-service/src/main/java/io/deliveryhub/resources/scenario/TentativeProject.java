package io.deliveryhub.resources.scenario;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A project a scenario considers (a deal not yet won): dates, win probability and the roles it would need. */
@Entity
@Table(name = "scenario_tentative_project")
public class TentativeProject extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "scenario_id")
    public UUID scenarioId;
    public String name;
    public String practice;
    @Column(name = "from_date")
    public LocalDate fromDate;
    @Column(name = "to_date")
    public LocalDate toDate;
    public BigDecimal probability;
    /** JSON array of {@link RoleDemand}. */
    @Column(name = "role_demand")
    public String roleDemand;
    @Column(name = "created_at")
    public Instant createdAt;
    /** Its ETag, as every resource has one (docs/api.md). */
    public long version;
}
