package io.deliveryhub.platform.warmup;

import io.deliveryhub.platform.security.VerifiedTokens;
import io.quarkus.arc.ClientProxy;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.HttpServerStart;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * A bounded warm-up before readiness: a fresh JVM runs its first requests interpreted and spends its first minute
 * compiling them, so the service runs its {@link WarmUpExercise}s round after round until its JIT compilers have caught
 * up ({@link CompilerBacklog}) or for {@code deliveryhub.warm-up.time-limit} at most, once its HTTP server listens and
 * before {@link WarmUpCheck} lets readiness answer UP (docs/performance.md#cold-start). A failed exercise is logged and
 * left out; nothing here keeps the service from becoming ready once the time limit has passed.
 */
@Singleton
public class WarmUp {

    private static final Logger LOG = Logger.getLogger(WarmUp.class);
    /** How long readiness waits past the time limit for a round still under way before it answers UP regardless. */
    private static final Duration GRACE = Duration.ofSeconds(10);

    private final List<WarmUpExercise> exercises;
    private final VerifiedTokens tokens;
    private final Duration timeLimit;
    private volatile boolean finished;
    private volatile long readyLatestAt = Long.MAX_VALUE;
    private volatile Thread runner;

    public WarmUp(Instance<WarmUpExercise> exercises, VerifiedTokens tokens,
            @ConfigProperty(name = "deliveryhub.warm-up.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "deliveryhub.warm-up.time-limit", defaultValue = "40s") Duration timeLimit) {
        this.exercises = exercises.stream().toList();
        this.tokens = tokens;
        this.timeLimit = timeLimit;
        this.finished = !enabled || this.exercises.isEmpty() || timeLimit.isZero();
    }

    /** Whether readiness may answer UP: the warm-up is over, or was given all the time it may take. */
    public boolean over() {
        return finished || System.nanoTime() - readyLatestAt > 0;
    }

    void limitStart(@Observes StartupEvent started) {
        readyLatestAt = System.nanoTime() + timeLimit.plus(GRACE).toNanos();
    }

    void start(@ObservesAsync HttpServerStart server) {
        if (finished || runner != null) {
            return;
        }
        URI base = URI.create("http://localhost:" + server.options().getPort());
        Thread thread = new Thread(() -> run(base), "warm-up");
        thread.setDaemon(true);
        runner = thread;
        thread.start();
    }

    void stop(@Observes ShutdownEvent stopping) {
        Thread running = runner;
        if (running != null) {
            running.interrupt();
        }
    }

    private void run(URI base) {
        try {
            Report report = warm(base, timeLimit, new CompilerBacklog()::caughtUp);
            LOG.infof("warmed up in %d ms: %d rounds%s", report.took().toMillis(), report.rounds(),
                    report.failed().isEmpty() ? "" : ", without " + String.join(", ", report.failed()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("warm-up ended early", e);
        } finally {
            finished = true;
        }
    }

    /** What a warm-up did: its rounds, its time, and the exercises that failed and were left out. */
    public record Report(int rounds, Duration took, List<String> failed) {
    }

    /**
     * Runs every exercise against the service at {@code base} round after round until {@code enough} says so after a
     * round, or for {@code limit} at most, under a credential admitted for that time only; a failed exercise is logged
     * and left out of later rounds.
     */
    public Report warm(URI base, Duration limit, BooleanSupplier enough) throws InterruptedException {
        long began = System.nanoTime();
        long deadline = began + limit.toNanos();
        List<WarmUpExercise> active = new ArrayList<>(exercises);
        List<String> failed = new ArrayList<>();
        int round = 0;
        try (WarmUpCredential credential = WarmUpCredential.admit(tokens, limit.plus(GRACE))) {
            WarmUpCalls calls = new WarmUpCalls(base, credential.bearer());
            while (!active.isEmpty() && System.nanoTime() < deadline
                    && !Thread.currentThread().isInterrupted()) {
                for (Iterator<WarmUpExercise> each = active.iterator(); each.hasNext();) {
                    WarmUpExercise exercise = each.next();
                    if (!exercised(exercise, calls, round)) {
                        failed.add(name(exercise));
                        each.remove();
                    }
                }
                round++;
                if (enough.getAsBoolean()) {
                    break;
                }
            }
        }
        return new Report(round, Duration.ofNanos(System.nanoTime() - began), failed);
    }

    private static boolean exercised(WarmUpExercise exercise, WarmUpCalls calls, int round) throws InterruptedException {
        try {
            exercise.run(calls);
            return true;
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            LOG.warnf(e, "warm-up: %s failed in round %d and is left out from now on", name(exercise), round);
            return false;
        }
    }

    /** The exercise's class, not its CDI client proxy's. */
    private static String name(WarmUpExercise exercise) {
        return ClientProxy.unwrap(exercise).getClass().getSimpleName();
    }
}
