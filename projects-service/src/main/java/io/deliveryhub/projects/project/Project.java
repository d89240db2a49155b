package io.deliveryhub.projects.project;

import io.deliveryhub.platform.persistence.VersionedAggregate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

@Entity
@Table(name = "project")
public class Project extends VersionedAggregate {

    public String key;
    public String name;
    @Column(name = "client_id")
    public UUID clientId;
    @Enumerated(EnumType.STRING)
    public ProjectStatus status;
    @Column(name = "planned_start")
    public LocalDate plannedStart;
    @Column(name = "planned_end")
    public LocalDate plannedEnd;
    @Column(name = "budget_amount")
    public BigDecimal budgetAmount;
    @Column(name = "budget_currency")
    public String budgetCurrency;

    public static Optional<Project> findByKey(String key) {
        return find("key", key).firstResultOptional();
    }
}
