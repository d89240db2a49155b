package io.deliveryhub.deploy.bench;

import io.deliveryhub.deploy.local.LocalStack;
import java.util.List;

/** One benchmark: it seeds what it needs through the gateway, then measures. */
interface Scenario {

    String name();

    /** How many replicas of each backend service the stack must run for it. */
    default int replicas() {
        return 1;
    }

    /**
     * Whether it starts (and stops) stacks of its own, as a benchmark of starting does: it is then run without the
     * shared stack, and given none.
     */
    default boolean startsItsOwnStacks() {
        return false;
    }

    List<Figures> run(LocalStack stack, Gateway gateway, LoadRun load);
}
