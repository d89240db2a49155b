package io.deliveryhub.deploy.local;

/**
 * Which JIT compilers a service runs with (docs/performance.md "C1 alone" and "The compiler per service"): C2 makes
 * CPU-bound code about twice as fast, but its profiled code, method profiles and arenas cost 30-90 MB per service,
 * which only the gateway's budget has room for. {@code -XX:TieredStopAtLevel} in {@code DELIVERYHUB_JAVA_OPTS} comes
 * later on the command line and wins, for every service.
 */
public enum Compiler {

    /** C1 alone: quick compiles of everything called often, no profiling. */
    C1_ALONE("-XX:TieredStopAtLevel=1"),
    /** The JVM's default: C1 with profiles first, then C2 for the hot methods. */
    TIERED("-XX:TieredStopAtLevel=4");

    private final String option;

    Compiler(String option) {
        this.option = option;
    }

    public String option() {
        return option;
    }
}
