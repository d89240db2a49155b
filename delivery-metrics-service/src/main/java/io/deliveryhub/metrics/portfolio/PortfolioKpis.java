package io.deliveryhub.metrics.portfolio;

import io.deliveryhub.metrics.financials.PortfolioMargins;
import io.deliveryhub.metrics.kpi.ProjectHealth;
import io.deliveryhub.metrics.projectkpi.HealthView;
import io.deliveryhub.metrics.projectkpi.ProjectKpiSummary;
import io.deliveryhub.metrics.workforce.WorkforceFigures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PortfolioKpis", description = "Delivery KPIs of the portfolio (or of the projects the filters pick) as of a day",
        example = """
                {"asOf":"2026-03-06","filters":{"deliveryManagerId":null,"clientId":null,"practice":null},
                 "projects":{"total":12,"byStatus":{"ACTIVE":6,"CLOSED":1,"COMPLETED":1,"ON_HOLD":1,"PLANNING":1,"PROPOSED":2}},
                 "health":{"projectsInDelivery":7,"byStatus":{"GREEN":4,"AMBER":2,"RED":1}},
                 "milestones":{"onTime":18,"late":3,"onTimeRate":0.857},
                 "costAndSchedule":{"activeProjects":6,"judged":5,"onTrack":3,"share":0.600},
                 "budget":[{"currency":"EUR","projects":12,"bac":"1250000.00","ac":"431200.50"}],
                 "financials":{"currency":"EUR","projects":10,
                  "actual":{"revenue":"512400.00","cost":"431200.50","margin":"81199.50","marginPercent":0.158},
                  "atCompletion":{"revenue":"1498000.00","cost":"1190450.00","margin":"307550.00","marginPercent":0.205}},
                 "people":{"from":"2026-02-06","to":"2026-03-05","people":40,"capacityHours":"6080.0","loggedHours":"4985.5",
                  "billableHours":"4377.0","utilization":0.820,"billableUtilization":0.720,"onBench":3,"benchShare":0.075},
                 "clientFeedback":{"csat":4.200,"nps":35.000,"csatResponses":20,"npsResponses":20},
                 "openAlerts":5,
                 "mostAtRisk":[{"projectId":"0b9a7c1e-8a53-4a5e-9a4e-2f6f1c0d9a11","key":"ACME-PAY","name":"Acme payments platform",
                  "status":"ACTIVE","healthScore":40,"healthStatus":"RED","reasons":[
                   {"name":"spi","value":"0.625","effect":-25,"explanation":"SPI 0.625 is below 0.90: act on schedule performance (earned value per unit of planned value)"},
                   {"name":"rag","value":"RED","effect":-25,"explanation":"The latest status report is RED"},
                   {"name":"csat","value":"2.000","effect":-15,"explanation":"Clients rate the project 2.000 of 5 (below 3)"}]}]}""")
public record PortfolioKpis(
        @Schema(example = "2026-03-06") LocalDate asOf,
        Filters filters,
        @Schema(description = "The filtered projects per lifecycle status on asOf (for a project created after asOf, its status now)")
        ProjectCounts projects,
        Health health,
        Milestones milestones,
        CostAndSchedule costAndSchedule,
        @Schema(description = "BAC and AC per currency, never added across currencies (one entry under a single base currency)")
        List<Budget> budget,
        @Schema(description = """
                Revenue and margin of the filtered projects but the PROPOSED ones, actual and at completion, in the \
                base currency; cost, margin and marginPercent only for DELIVERY_MANAGER, HEAD_OF_DELIVERY and ADMIN""")
        PortfolioMargins financials,
        People people,
        ClientFeedback clientFeedback,
        @Schema(description = "Alerts OPEN or ACKNOWLEDGED now, about the filtered projects (all alerts, including those "
                + "about people, without a filter)", example = "5") long openAlerts,
        @Schema(description = "Up to ten projects in delivery whose health loses points, lowest score first (ties by key)")
        List<AtRisk> mostAtRisk) {

    @Schema(name = "PortfolioFilters", description = "The filters applied; null where none")
    public record Filters(UUID deliveryManagerId, UUID clientId, @Schema(example = "Data & AI") String practice) {
    }

    @Schema(name = "PortfolioHealth", description = """
            Computed health (see ProjectHealth) of the projects in delivery (ACTIVE, ON_HOLD), per status GREEN, \
            AMBER, RED.""")
    public record Health(@Schema(example = "7") long projectsInDelivery, Map<String, Long> byStatus) {
    }

    @Schema(name = "PortfolioMilestones", description = """
            The milestone on-time rate (docs/kpis.md) over every milestone of the filtered projects as of asOf \
            (WAIVED never count): onTimeRate = onTime / (onTime + late), null when both are 0.""")
    public record Milestones(@Schema(example = "18") long onTime, @Schema(example = "3") long late,
            @Schema(example = "0.857", nullable = true) BigDecimal onTimeRate) {
    }

    @Schema(name = "PortfolioCostAndSchedule", description = """
            ACTIVE projects with CPI ≥ 0.95 and SPI ≥ 0.95 (onTrack) among the ACTIVE projects whose CPI and SPI are \
            both known (judged: a project without time booked or without planned dates cannot be); share = onTrack / \
            judged, null when none is judged.""")
    public record CostAndSchedule(@Schema(example = "6") long activeProjects, @Schema(example = "5") long judged,
            @Schema(example = "3") long onTrack, @Schema(example = "0.600", nullable = true) BigDecimal share) {
    }

    @Schema(name = "PortfolioBudget", description = """
            BAC (of the baseline in force on asOf) and AC (cost booked by asOf) of the filtered projects in one \
            currency; a project without a budget counts in the installation's base currency.""")
    public record Budget(@Schema(example = "EUR") String currency, @Schema(example = "12") long projects,
            @Schema(example = "1250000.00") String bac, @Schema(example = "431200.50") String ac) {
    }

    @Schema(name = "PortfolioPeople", description = """
            Utilization (docs/kpis.md) over the 4 weeks before asOf ([asOf − 28 days, asOf − 1 day]) of the people \
            of the practice filter (everyone without it), narrowed by the delivery manager or client filter to the \
            people HARD-allocated on the filtered projects in that period; benchShare = people on the bench / \
            people. Someone inactive all the period who logged hours in it counts with those hours and no capacity. \
            The people are measured as GET /api/v1/utilization and GET /api/v1/bench (the per-person views, served \
            by this service) measure them. Ratios are null when their divisor is 0.""")
    public record People(LocalDate from, LocalDate to, @Schema(example = "40") int people,
            @Schema(example = "6080.0", nullable = true) BigDecimal capacityHours,
            @Schema(example = "4985.5", nullable = true) BigDecimal loggedHours,
            @Schema(example = "4377.0", nullable = true) BigDecimal billableHours,
            @Schema(example = "0.820", nullable = true) BigDecimal utilization,
            @Schema(example = "0.720", nullable = true) BigDecimal billableUtilization,
            @Schema(example = "3") int onBench,
            @Schema(example = "0.075", nullable = true) BigDecimal benchShare) {

        static People of(WorkforceFigures figures) {
            return new People(figures.from(), figures.to(), figures.people(), figures.capacityHours(),
                    figures.loggedHours(), figures.billableHours(), figures.utilization(),
                    figures.billableUtilization(), figures.onBench(), figures.benchShare());
        }
    }

    @Schema(name = "PortfolioClientFeedback", description = """
            CSAT (mean score 1–5) and NPS (% 9–10 − % 0–6) over every response the filtered projects received by \
            asOf, 3 decimals; null without responses.""")
    public record ClientFeedback(@Schema(example = "4.200", nullable = true) BigDecimal csat,
            @Schema(example = "35.000", nullable = true) BigDecimal nps,
            @Schema(example = "20") long csatResponses, @Schema(example = "20") long npsResponses) {
    }

    @Schema(name = "PortfolioProjectAtRisk", description = "A project at risk and the health factors that cost it points, heaviest first")
    public record AtRisk(UUID projectId, @Schema(example = "ACME-PAY") String key, String name,
            @Schema(example = "ACTIVE") String status, @Schema(example = "40") int healthScore,
            ProjectHealth.Status healthStatus, List<HealthView.Factor> reasons) {

        static AtRisk of(ProjectKpiSummary project) {
            return new AtRisk(project.projectId(), project.key(), project.name(), project.status(),
                    project.healthScore(), project.healthStatus(), PortfolioFigures.reasons(project.factors()));
        }
    }
}
