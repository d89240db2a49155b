package io.deliveryhub.deploy.bench;

import io.deliveryhub.deploy.local.LocalStack;
import io.deliveryhub.deploy.local.StackSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Issue 22's peer comparison: the same request shapes against Redmine and the Hub, one keep-alive connection each
 * (then wrk with 8 on the project list), cold and warm in one sitting, and the ratios side by side with the issue's
 * targets. Redmine is restarted first and measured twice; the Hub runs on a fresh stack of its own, measured as soon
 * as it is ready and again after {@code bench.peer.warmup-seconds} (60) of the same requests. Without Redmine installed
 * it says how to install it and measures nothing.
 */
final class PeerComparison implements Scenario {

    static final String REDMINE_DATA_DIR = "/tmp/redmine-peer";

    @Override
    public String name() {
        return "peer";
    }

    @Override
    public boolean startsItsOwnStacks() {
        return true;
    }

    @Override
    public List<Figures> run(LocalStack unused, Gateway noGateway, LoadRun load) {
        Path root = Path.of(System.getProperty("deliveryhub.repository.root", "."));
        Optional<RedminePeer> peer = RedminePeer.findTools(root)
                .map(tools -> new RedminePeer(tools, Path.of(System.getenv().getOrDefault("RP_DIR", REDMINE_DATA_DIR)),
                        RedminePeer.Counts.fromProperties()));
        if (peer.isEmpty()) {
            System.out.printf("  The Redmine peer's scripts (shared/tools/redmine-peer) are not beside this checkout: name "
                    + "their folder with -D%s=... in DELIVERYHUB_BENCH_OPTS. Nothing measured.%n", RedminePeer.TOOLS_PROPERTY);
            return List.of();
        }
        List<String> missing = peer.get().missingSteps();
        if (!missing.isEmpty()) {
            System.out.println("  Redmine is not installed, so there is nothing to compare with. To install it:");
            missing.forEach(step -> System.out.println("    " + step));
            System.out.println("  then run this scenario again (it starts Redmine itself). Nothing measured.");
            return List.of();
        }
        System.out.println(compare(peer.get(), root).render());
        return List.of();
    }

    private static PeerReport compare(RedminePeer peer, Path root) {
        int warmUp = Integer.getInteger("bench.peer.warmup-seconds", 60);
        System.out.println("  Redmine, restarted: cold, then warm");
        peer.restart();
        PeerRun redmineCold = PeerRun.parse(RedminePeer.run(peer.redmineCommand()));
        PeerRun redmineWarm = PeerRun.parse(RedminePeer.run(peer.redmineCommand()));
        StackSettings settings = StackSettings.withFreePorts(root, root.resolve("deploy/target/bench-data-peer"))
                .withJavaHome(Path.of(System.getProperty("java.home"))).withReset(true).withJavaOptions(Bench.javaOptions());
        try (LocalStack stack = LocalStack.start(settings)) {
            System.out.printf("  the Hub, fresh stack ready after %.1f s: cold, then after %d s of warm-up%n",
                    stack.startTime().toMillis() / 1000.0, warmUp);
            PeerRun hubCold = PeerRun.parse(RedminePeer.run(peer.hubCommand(stack.gatewayUrl(), stack.adminApiKey(), 0)));
            PeerRun hubWarm = PeerRun.parse(RedminePeer.run(peer.hubCommand(stack.gatewayUrl(), stack.adminApiKey(), warmUp)));
            return new PeerReport(redmineCold, redmineWarm, hubCold, hubWarm);
        }
    }
}
