package io.deliveryhub.metrics.financials;

import io.deliveryhub.metrics.alert.AlertEvaluationEnded;
import io.deliveryhub.metrics.alert.AlertEvaluationStarted;
import io.deliveryhub.metrics.alert.Breach;
import io.deliveryhub.metrics.financials.FinancialFactsRepository.Firm;
import io.deliveryhub.metrics.financials.FinancialFactsRepository.Portfolio;
import io.deliveryhub.metrics.money.FinancialFigures;
import io.deliveryhub.metrics.money.ProjectFinancials;
import io.deliveryhub.metrics.projectalert.WatchedProjects;
import io.deliveryhub.metrics.projectkpi.ProjectKpis;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The financials of the projects the project alert rules watch, as of the day, computed once per evaluation of the
 * rules and shared by the money rules of that evaluation (as the KPI rules share theirs).
 */
@ApplicationScoped
public class WatchedFinancials {

    /**
     * A watched project's key, its figures and its budget as of the day.
     *
     * @param budget the budget (BAC) of the baseline in force on the day, else the project's own; null without one
     */
    public record Watched(UUID projectId, String key, FinancialFigures figures, BigDecimal budget) {
    }

    private record Snapshot(long evaluation, LocalDate day, Set<UUID> scope, List<Watched> projects) {
    }

    private final FinancialFactsRepository facts;
    private final WatchedProjects watched;
    private final int pageSize;
    private final AtomicLong evaluation = new AtomicLong();
    private volatile Snapshot latest;

    public WatchedFinancials(FinancialFactsRepository facts, WatchedProjects watched,
            @ConfigProperty(name = "deliveryhub.financials.page-size") int pageSize) {
        this.facts = facts;
        this.watched = watched;
        this.pageSize = pageSize;
    }

    void onEvaluationStarted(@Observes AlertEvaluationStarted started) {
        evaluation.incrementAndGet();
    }

    void onEvaluationEnded(@Observes AlertEvaluationEnded ended) {
        latest = null;
    }

    /** What a rule finds over the watched projects (of these, or of all when null) on the day. */
    @Transactional
    public List<Breach> breachesOn(LocalDate day, Set<UUID> projectIds, Function<Watched, Optional<Breach>> rule) {
        return on(day, projectIds == null ? null : Set.copyOf(projectIds)).stream().map(rule)
                .flatMap(Optional::stream).toList();
    }

    private List<Watched> on(LocalDate day, Set<UUID> projectIds) {
        long current = evaluation.get();
        Snapshot snapshot = latest;
        if (snapshot != null && snapshot.evaluation() == current && snapshot.day().equals(day)
                && Objects.equals(snapshot.scope(), projectIds)) {
            return snapshot.projects();
        }
        Map<UUID, BigDecimal> budgets = budgetsInForce(day, projectIds);
        List<UUID> ids = facts.idsIn(watched.statuses(), projectIds);
        Firm firm = facts.firm();
        List<Watched> projects = new ArrayList<>(ids.size());
        // a page of projects' facts in memory at a time, as the portfolio financials read them
        for (int from = 0; from < ids.size(); from += pageSize) {
            Portfolio portfolio = facts.projects(ids.subList(from, Math.min(from + pageSize, ids.size())), day, firm);
            portfolio.projects().forEach(project -> projects.add(new Watched(project.id(), project.key(),
                    ProjectFinancials.asOf(day, project.facts(), project.rates(), portfolio.exchangeRates()),
                    budgets.containsKey(project.id()) ? budgets.get(project.id())
                            : project.facts().terms().contractValue())));
        }
        latest = new Snapshot(current, day, projectIds, projects);
        return projects;
    }

    /**
     * BAC as earned value takes it (the baseline in force on the day, else the project's own plan), from the KPIs
     * the project rules of this evaluation share: a budget raised after the baseline does not move it.
     */
    private Map<UUID, BigDecimal> budgetsInForce(LocalDate day, Set<UUID> projectIds) {
        Map<UUID, BigDecimal> budgets = new HashMap<>();
        for (ProjectKpis kpis : watched.kpisOn(day, projectIds)) {
            String bac = kpis.earnedValue().bac();
            budgets.put(kpis.projectId(), bac == null ? null : new BigDecimal(bac));
        }
        return budgets;
    }
}
