package io.deliveryhub.metrics.project;

import io.deliveryhub.platform.security.ProjectPeople;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A project as last announced by projects-service; written only by {@link ProjectProjector}. */
@Entity
@Table(name = "project")
public class Project extends PanacheEntityBase {

    @Id
    public UUID id;
    public String key;
    public String name;
    @Column(name = "client_id")
    public UUID clientId;
    /** Kept as text: a status projects-service adds later is still counted, not refused. */
    public String status;
    @Column(name = "planned_start")
    public LocalDate plannedStart;
    @Column(name = "planned_end")
    public LocalDate plannedEnd;
    @Column(name = "budget_amount")
    public BigDecimal budgetAmount;
    @Column(name = "budget_currency")
    public String budgetCurrency;
    @Column(name = "budget_hours")
    public BigDecimal budgetHours;
    public String practice;
    @Column(name = "project_manager_id")
    public UUID projectManagerId;
    @Column(name = "delivery_manager_id")
    public UUID deliveryManagerId;
    @Column(name = "delivery_lead_id")
    public UUID deliveryLeadId;
    public long version;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Who the project names: those whose own project it is. */
    public ProjectPeople people() {
        return new ProjectPeople(projectManagerId, deliveryManagerId, deliveryLeadId);
    }
}
