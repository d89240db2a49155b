package io.deliveryhub.platform.warmup;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * Whether the JIT has caught up with the warm-up: its compilers spent less than {@value #QUIET_PERCENT} % of the last
 * window compiling. A warm-up that stops while they are busy leaves its compilations to run beside the first callers'
 * requests, on the same cores.
 */
final class CompilerBacklog {

    private static final Duration WINDOW = Duration.ofSeconds(2);
    private static final int QUIET_PERCENT = 5;

    private final CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    private long windowStart = System.nanoTime();
    private long compiledAtWindowStart = compilingMillis();

    /** Whether the window that ended now was quiet; false until a whole window has passed, and where the JVM cannot tell. */
    boolean caughtUp() {
        long now = System.nanoTime();
        long elapsedNanos = now - windowStart;
        if (elapsedNanos < WINDOW.toNanos()) {
            return false;
        }
        long compiling = compilingMillis();
        boolean quiet = compiling >= 0 && (compiling - compiledAtWindowStart) * 1_000_000 * 100 < elapsedNanos * QUIET_PERCENT;
        windowStart = now;
        compiledAtWindowStart = compiling;
        return quiet;
    }

    /** The compilers' time so far, summed over their threads; -1 where the JVM does not measure it. */
    private long compilingMillis() {
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1;
    }
}
