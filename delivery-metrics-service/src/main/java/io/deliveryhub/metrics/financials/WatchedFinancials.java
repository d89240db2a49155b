package io.deliveryhub.metrics.financials;

import io.deliveryhub.metrics.alert.AlertEvaluationStarted;
import io.deliveryhub.metrics.alert.Breach;
import io.deliveryhub.metrics.financials.FinancialFactsRepository.Portfolio;
import io.deliveryhub.metrics.money.FinancialFigures;
import io.deliveryhub.metrics.money.ProjectFinancials;
import io.deliveryhub.metrics.projectalert.WatchedProjects;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The financials of the projects the project alert rules watch, as of the day, computed once per evaluation of the
 * rules and shared by the money rules of that evaluation (as the KPI rules share theirs).
 */
@ApplicationScoped
public class WatchedFinancials {

    /** A watched project's key and its figures. */
    public record Watched(UUID projectId, String key, FinancialFigures figures) {
    }

    private record Snapshot(long evaluation, LocalDate day, Set<UUID> scope, List<Watched> projects) {
    }

    private final FinancialFactsRepository facts;
    private final WatchedProjects watched;
    private final AtomicLong evaluation = new AtomicLong();
    private volatile Snapshot latest;

    public WatchedFinancials(FinancialFactsRepository facts, WatchedProjects watched) {
        this.facts = facts;
        this.watched = watched;
    }

    void onEvaluationStarted(@Observes AlertEvaluationStarted started) {
        evaluation.incrementAndGet();
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
        Portfolio portfolio = facts.projectsIn(watched.statuses(), projectIds, day);
        List<Watched> projects = portfolio.projects().stream()
                .map(project -> new Watched(project.id(), project.key(), ProjectFinancials.asOf(day,
                        project.facts(), project.rates(), portfolio.exchangeRates())))
                .toList();
        latest = new Snapshot(current, day, projectIds, projects);
        return projects;
    }
}
