package io.deliveryhub.metrics.alert;

import io.deliveryhub.metrics.readmodel.ReadModelRebuild;
import io.deliveryhub.platform.events.AggregateChange;
import io.deliveryhub.platform.events.DomainEvent;
import io.deliveryhub.platform.persistence.ReplicaLocks;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Evaluates every {@link AlertRule} on a schedule, and soon after a change its rules look at commits
 * ({@link AlertInputsChanged}), and reconciles its alerts with what it finds: new breaches
 * raise alerts, cleared conditions resolve them, each with an event. One rule per transaction, so a failing
 * rule neither blocks the others nor leaves half its alerts changed.
 */
@ApplicationScoped
public class AlertEngine {

    private static final Logger LOG = Logger.getLogger(AlertEngine.class);
    static final String ACTOR = "delivery-metrics-service";
    /** One evaluator of a rule per database at a time, whatever the number of replicas. */
    private static final long EVALUATION_LOCK = 0x0A1E27L;
    /**
     * How long changes gather before the evaluation they wake up: under a stream of events (200 status reports a
     * second) one evaluation then judges a few dozen projects instead of one evaluation, with its reads of facts and
     * alerts, per project. An alert follows its change a tenth of a second later.
     */
    private static final long GATHER_CHANGES_MILLIS = 100;
    private static final String SWEEP = "alert-sweep";

    private final Instance<AlertRule> rules;
    private final AlertEvents events;
    private final Event<AlertEvaluationStarted> evaluationStarted;
    private final Event<AlertEvaluationEnded> evaluationEnded;
    private final ReadModelRebuild rebuild;
    private final ProjectChanges projectChanges;
    private final EntityManager entityManager;
    private final ReplicaLocks locks;
    private final Clock clock;
    private final Duration sweepLease;
    private final AtomicBoolean evaluationRequested = new AtomicBoolean();
    private final AtomicBoolean everythingChanged = new AtomicBoolean();
    private final Set<UUID> changedProjects = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "alert-evaluation");
        thread.setDaemon(true);
        return thread;
    });

    public AlertEngine(Instance<AlertRule> rules, AlertEvents events, Event<AlertEvaluationStarted> evaluationStarted,
            Event<AlertEvaluationEnded> evaluationEnded, ReadModelRebuild rebuild, ProjectChanges projectChanges, EntityManager entityManager, ReplicaLocks locks,
            Clock clock, @ConfigProperty(name = "deliveryhub.alerts.evaluate-every") String evaluateEvery) {
        this.rebuild = rebuild;
        this.projectChanges = projectChanges;
        this.rules = rules;
        this.events = events;
        this.evaluationStarted = evaluationStarted;
        this.evaluationEnded = evaluationEnded;
        this.entityManager = entityManager;
        this.locks = locks;
        this.clock = clock;
        this.sweepLease = sweepLease(evaluateEvery);
    }

    @Scheduled(every = "${deliveryhub.alerts.evaluate-every}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        sweepOncePer(sweepLease);
    }

    /**
     * Sweeps unless a rebuild runs, another replica sweeps right now, or one swept less than {@code lease} ago: every
     * replica's schedule comes once a period, and the first of them in a period sweeps for all.
     *
     * @return whether this replica swept
     */
    boolean sweepOncePer(Duration lease) {
        if (rebuild.running()) {
            return false;
        }
        boolean[] swept = new boolean[1];
        locks.runAlone(SWEEP, () -> {
            if (locks.tryLease(SWEEP, lease)) {
                sweep();
                swept[0] = true;
            }
        });
        return swept[0];
    }

    /**
     * A little shorter than the schedule's period, so that the holder's own next turn, which may come a little early,
     * finds the lease expired; nothing when the schedule is off.
     */
    static Duration sweepLease(String evaluateEvery) {
        if (evaluateEvery.equals("off") || evaluateEvery.equals("disabled")) {
            return Duration.ZERO;
        }
        return DurationConverter.parseDuration(evaluateEvery).multipliedBy(9).dividedBy(10);
    }

    private void sweep() {
        LocalDate today = LocalDate.now(clock);
        Optional<Set<UUID>> changed = projectChanges.sinceLastLook(today);
        if (changed.isEmpty()) {
            evaluate();
            return;
        }
        // The project rules already judged each change as it committed; the schedule catches what a look at the
        // changed projects alone finds (time entries, a failed evaluation), without recomputing 5,000 projects' KPIs
        // a minute. The other rules depend on the clock (a 30-day window, the current week) and are judged in full.
        for (AlertRule rule : rules) {
            if (!(rule instanceof ProjectAlertRule)) {
                evaluateInTransaction(rule, today);
            }
        }
        if (!changed.get().isEmpty()) {
            evaluateProjects(changed.get());
        }
    }

    /**
     * Coalesces wake-ups: however many changes commit, at most one evaluation waits behind the current one, and it
     * starts {@link #GATHER_CHANGES_MILLIS} after the first change it covers. When every change since the last
     * wake-up concerned known projects only, the project rules judge just those projects (at 5,000 projects a full
     * evaluation reads them all, which a stream of status reports would repeat back to back); any other change
     * evaluates every rule in full.
     */
    void afterChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertInputsChanged changed) {
        if (changed.projectId() == null) {
            everythingChanged.set(true);
        } else {
            changedProjects.add(changed.projectId());
        }
        if (evaluationRequested.compareAndSet(false, true)) {
            try {
                worker.schedule(() -> {
                    evaluationRequested.set(false);
                    Set<UUID> projects = new HashSet<>(changedProjects);
                    changedProjects.removeAll(projects);
                    if (everythingChanged.getAndSet(false)) {
                        evaluate();
                    } else if (!projects.isEmpty()) {
                        evaluateProjects(projects);
                    }
                }, GATHER_CHANGES_MILLIS, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException shuttingDown) {
                evaluationRequested.set(false);
            }
        }
    }

    void stop(@Observes ShutdownEvent shutdown) {
        worker.shutdownNow();
    }

    /** Evaluates every rule as of today; not while the read models are rebuilt (the rebuild evaluates after). */
    public void evaluate() {
        if (rebuild.running()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        evaluationStarted.fire(new AlertEvaluationStarted(today, null));
        try {
            for (AlertRule rule : rules) {
                evaluateInTransaction(rule, today);
            }
        } finally {
            evaluationEnded.fire(new AlertEvaluationEnded());
        }
    }

    private void evaluateInTransaction(AlertRule rule, LocalDate today) {
        try {
            QuarkusTransaction.requiringNew().run(() -> evaluate(rule, today));
        } catch (RuntimeException e) {
            LOG.warnf(e, "alert rule %s could not be evaluated; its alerts stay as they were", rule.name());
        }
    }

    /** The names of the rules in force, for the {@code rule} filter. */
    public Set<String> ruleNames() {
        return rules.stream().map(AlertRule::name).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /**
     * Evaluates the project rules as of today over these projects only; their other alerts stay as they are. The rules
     * are reconciled together, in one transaction that reads their active alerts at once (a status report changes one
     * project, and a stream of them would otherwise cost a transaction per rule per gathered batch); when that fails,
     * each rule is evaluated again on its own, so a failing rule neither blocks the others nor leaves half its alerts
     * changed.
     */
    public void evaluateProjects(Set<UUID> projectIds) {
        if (rebuild.running()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        evaluationStarted.fire(new AlertEvaluationStarted(today, Set.copyOf(projectIds)));
        try {
            evaluateProjects(projectIds, today);
        } finally {
            evaluationEnded.fire(new AlertEvaluationEnded());
        }
    }

    private void evaluateProjects(Set<UUID> projectIds, LocalDate today) {
        List<ProjectAlertRule> projectRules = rules.stream().filter(ProjectAlertRule.class::isInstance)
                .map(ProjectAlertRule.class::cast).toList();
        try {
            QuarkusTransaction.requiringNew().run(() -> reconcileTogether(projectRules, projectIds, today));
            return;
        } catch (RuntimeException e) {
            LOG.debugf(e, "the project rules could not be evaluated together for %d projects; evaluating them one by one",
                    projectIds.size());
        }
        for (ProjectAlertRule rule : projectRules) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    if (lockForJudging(List.of(rule))) {
                        events.publishAll(reconcile(Alert.activeOf(rule.name(), projectIds),
                                rule.breachesOn(today, projectIds)));
                    }
                });
            } catch (RuntimeException e) {
                LOG.warnf(e, "alert rule %s could not be evaluated for %d projects; their alerts stay as they were",
                        rule.name(), projectIds.size());
            }
        }
    }

    private void reconcileTogether(List<ProjectAlertRule> projectRules, Set<UUID> projectIds, LocalDate today) {
        if (!lockForJudging(projectRules)) {
            return;
        }
        Map<String, List<Alert>> active = Alert.activeOf(projectRules.stream().map(AlertRule::name).toList(),
                projectIds).stream().collect(Collectors.groupingBy(alert -> alert.rule));
        List<DomainEvent> changes = new ArrayList<>();
        for (ProjectAlertRule rule : projectRules) {
            changes.addAll(reconcile(active.getOrDefault(rule.name(), List.of()), rule.breachesOn(today, projectIds)));
        }
        events.publishAll(changes);
    }

    private void evaluate(AlertRule rule, LocalDate today) {
        if (lockForJudging(List.of(rule))) {
            events.publishAll(reconcile(Alert.activeOf(rule.name()), rule.breachesOn(today)));
        }
    }

    /**
     * Takes the rules' evaluation locks for the transaction, always in the same order, so that evaluations of several
     * rules at once cannot deadlock. Waits rather than skips: a second evaluation then sees the first one's alerts and
     * changes nothing twice. One statement takes them all, one after the other in the array's order.
     *
     * @return false when another replica has begun a rebuild this replica has not yet seen: its read models may be
     *         half empty, and nothing may be judged
     */
    private boolean lockForJudging(List<? extends AlertRule> judged) {
        Integer[] ruleHashes = judged.stream().map(rule -> rule.name().hashCode()).sorted().distinct()
                .toArray(Integer[]::new);
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement lock = connection.prepareStatement(
                    "select count(pg_advisory_xact_lock(?, rule)) from unnest(?) as rule")) {
                lock.setInt(1, (int) EVALUATION_LOCK);
                lock.setArray(2, connection.createArrayOf("int4", ruleHashes));
                lock.executeQuery().close();
            }
        });
        return !rebuild.runningAnywhere();
    }

    /**
     * Raises an alert for each new breach and resolves each active alert whose subject no longer breaches.
     *
     * @param active the rule's active alerts among the subjects judged, locked
     * @param breaches what the rule found among those subjects
     * @return the events of the alerts raised and resolved, for the caller to publish together
     */
    private List<DomainEvent> reconcile(List<Alert> active, List<Breach> breaches) {
        Set<UUID> activeSubjects = active.stream().map(alert -> alert.subjectId).collect(Collectors.toSet());
        AlertReconciliation changes = AlertReconciliation.of(activeSubjects, breaches);
        Instant now = clock.instant();
        List<DomainEvent> published = new ArrayList<>();
        for (Breach breach : changes.toRaise()) {
            published.add(raise(breach, now));
        }
        for (Alert alert : active) {
            if (changes.toResolve().contains(alert.subjectId)) {
                published.add(resolve(alert, now));
            }
        }
        return published;
    }

    private DomainEvent raise(Breach breach, Instant now) {
        Alert alert = new Alert();
        alert.stampCreated(now);
        alert.rule = breach.rule();
        alert.subjectId = breach.subjectId();
        alert.projectId = breach.projectId();
        alert.status = AlertStatus.OPEN;
        alert.message = breach.message();
        alert.value = breach.value();
        alert.threshold = breach.threshold();
        alert.raisedAt = now;
        alert.persist();
        return AlertEvents.of(AlertEvents.RAISED, alert, AggregateChange.created(alert.version, ACTOR,
                AlertView.of(alert)));
    }

    private DomainEvent resolve(Alert alert, Instant now) {
        AlertView before = AlertView.of(alert);
        alert.status = AlertStatus.RESOLVED;
        alert.resolvedAt = now;
        alert.stampChanged(now);
        return AlertEvents.of(AlertEvents.RESOLVED, alert,
                AggregateChange.updated(alert.version, ACTOR, before, AlertView.of(alert)));
    }
}
