package io.deliveryhub.deploy.bench;

import io.deliveryhub.deploy.local.LocalStack;
import java.util.List;

/** One benchmark: it seeds what it needs through the gateway, then measures. */
interface Scenario {

    String name();

    List<Figures> run(LocalStack stack, Gateway gateway, LoadRun load);
}
