package io.deliveryhub.metrics.readmodel;

import io.deliveryhub.platform.persistence.ReplicaLocks;
import jakarta.enterprise.context.Dependent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Work that the date's change alone makes due (figures as of today move with no fact arriving), done once per day and
 * once after start-up: not over half-replayed facts during a rebuild, and on one replica at a time, the next one to
 * look finding it done. The read would catch up by itself; this only moves the cost off the reader. Each scheduled
 * job injects its own, which remembers the day it caught up.
 */
@Dependent
public class DailyCatchUp {

    private final ReplicaLocks locks;
    private final ReadModelRebuild rebuild;
    private final Clock clock;
    private final AtomicReference<LocalDate> caughtUp = new AtomicReference<>();

    DailyCatchUp(ReplicaLocks locks, ReadModelRebuild rebuild, Clock clock) {
        this.locks = locks;
        this.rebuild = rebuild;
        this.clock = clock;
    }

    /** Does the work for today under the replica lock of this name, unless it is already done today. */
    public void today(String lock, Consumer<LocalDate> work) {
        LocalDate today = LocalDate.now(clock);
        if (!today.equals(caughtUp.get()) && !rebuild.running() && locks.runAlone(lock, () -> work.accept(today))) {
            caughtUp.set(today);
        }
    }
}
