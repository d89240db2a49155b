package io.deliveryhub.projects.baseline;

import io.deliveryhub.platform.money.Money;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** One version of a project's baseline; never changed once written. */
@Entity
@Table(name = "project_baseline")
public class Baseline extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "project_id")
    public UUID projectId;
    public int version;
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
    public String reason;
    @Column(name = "change_request_id")
    public UUID changeRequestId;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;

    public static Optional<Baseline> current(UUID projectId) {
        return find("projectId", Sort.descending("version"), projectId).firstResultOptional();
    }

    public BaselineRules.Plan plan() {
        return new BaselineRules.Plan(plannedStart, plannedEnd, budgetAmount, budgetHours);
    }

    public Money budget() {
        return Money.of(budgetAmount, budgetCurrency);
    }
}
