package io.deliveryhub.deploy.bench;

import java.util.List;

/** One benchmark: it seeds what it needs through the gateway, then measures. */
interface Scenario {

    String name();

    List<Figures> run(Gateway gateway, LoadRun load);
}
