package io.deliveryhub.projects.project;

import io.deliveryhub.platform.money.Money;
import io.deliveryhub.platform.persistence.VersionedAggregate;
import io.deliveryhub.platform.security.ProjectPeople;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "project")
public class Project extends VersionedAggregate {

    public String key;
    public String name;
    @Column(name = "client_id")
    public UUID clientId;
    @Enumerated(EnumType.STRING)
    public ProjectStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_model")
    public DeliveryModel deliveryModel;
    public String practice;
    @Column(name = "project_manager_id")
    public UUID projectManagerId;
    @Column(name = "delivery_manager_id")
    public UUID deliveryManagerId;
    @Column(name = "delivery_lead_id")
    public UUID deliveryLeadId;
    @Column(name = "planned_start")
    public LocalDate plannedStart;
    @Column(name = "planned_end")
    public LocalDate plannedEnd;
    /** What the project accounts in (ISO 4217): its budget, milestone billing amounts and rate card; set at creation. */
    public String currency;
    @Column(name = "budget_amount")
    public BigDecimal budgetAmount;
    @Column(name = "budget_currency")
    public String budgetCurrency;
    @Column(name = "budget_hours")
    public BigDecimal budgetHours;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> tags = new ArrayList<>();
    /** The CRM's win probability (0–1) while the project is a forecast; null for projects not from a CRM. */
    public BigDecimal probability;
    @Column(name = "opportunity_system")
    public String opportunitySystem;
    @Column(name = "opportunity_id")
    public String opportunityId;
    /** The CRM opportunity's role demand; only the CRM import writes it, and only while the project is PROPOSED. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<RoleDemand> demand = new ArrayList<>();

    public static Optional<Project> findByKey(String key) {
        return find("key", key).firstResultOptional();
    }

    public static Optional<Project> findByOpportunity(String system, String opportunityId) {
        return find("opportunitySystem = ?1 and opportunityId = ?2", system, opportunityId).firstResultOptional();
    }

    /** Who the project names: those whose own project it is. */
    public ProjectPeople people() {
        return new ProjectPeople(projectManagerId, deliveryManagerId, deliveryLeadId);
    }

    public Money budget() {
        return budgetAmount == null ? null : Money.of(budgetAmount, budgetCurrency);
    }

    public void budget(Money budget) {
        budgetAmount = budget == null ? null : budget.amount().setScale(2, RoundingMode.UNNECESSARY);
        budgetCurrency = budget == null ? null : budget.currency();
    }
}
