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

    List<Figures> run(LocalStack stack, Gateway gateway, LoadRun load);
}
