package io.deliveryhub.deploy.bench;

import io.deliveryhub.deploy.local.LocalStack;
import io.deliveryhub.deploy.local.StackSettings;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code deploy/bench/run [scenario...]}: starts the whole system exactly as {@code deploy/local/run} does,
 * but on free ports and a fresh data directory under {@code deploy/target/bench-data}, runs the chosen
 * scenarios (all by default) and prints their figures. Nothing here asserts a target: the figures are
 * read, compared with the goals in the issues and reported.
 */
public final class Bench {

    private static final Map<String, Scenario> SCENARIOS = Stream.<Scenario> of(new ProjectListing(), new GatewayOverhead(),
            new CandidateRanking(), new ScenarioCapacity(), new TimesheetImport(), new PortfolioKpisBench(),
            new PortfolioFinancialsBench(), new PortfolioFreshness(), new BrokerOutage(), new DatabaseRestart(), new ReplicaKill(),
            new ColdStart(), new Soak(), new PeerComparison(), new WebhookDeliveryBench(),
            new EventCost())
            .collect(Collectors.toMap(Scenario::name, Function.identity()));

    private Bench() {
    }

    public static void main(String[] args) {
        if (System.getProperty("java.util.logging.manager") == null) {
            System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        }
        List<String> chosen = args.length == 0 ? SCENARIOS.keySet().stream().sorted().toList() : List.of(args);
        for (String name : chosen) {
            if (!SCENARIOS.containsKey(name)) {
                System.err.println("Unknown scenario " + name + "; known: " + SCENARIOS.keySet());
                System.exit(2);
            }
        }
        int clients = Integer.getInteger("bench.clients", 8);
        Duration warmUp = Duration.ofSeconds(Long.getLong("bench.warmup-seconds", 5));
        Duration measured = Duration.ofSeconds(Long.getLong("bench.seconds", 15));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        LoadRun load = new LoadRun(http, clients, warmUp, measured);
        List<String> onTheSharedStack = chosen.stream().filter(name -> !SCENARIOS.get(name).startsItsOwnStacks()).toList();
        if (!onTheSharedStack.isEmpty()) {
            Path root = Path.of(System.getProperty("deliveryhub.repository.root", "."));
            int replicas = onTheSharedStack.stream().mapToInt(name -> SCENARIOS.get(name).replicas()).max().orElse(1);
            StackSettings settings = StackSettings.withFreePorts(root, root.resolve("deploy/target/bench-data"))
                    .withJavaHome(Path.of(System.getProperty("java.home"))).withReset(true).withReplicas(replicas)
                    .withJavaOptions(javaOptions())
                    .withReadyTimeout(Duration.ofSeconds(Long.getLong("bench.ready-timeout-seconds", 120)));
            try (LocalStack stack = LocalStack.start(settings)) {
                Gateway gateway = new Gateway(http, stack.gatewayUrl(), stack.adminApiKey());
                printSettings(clients, warmUp, measured);
                for (String name : onTheSharedStack) {
                    run(name, stack, gateway, load);
                }
            }
        }
        for (String name : chosen.stream().filter(name -> SCENARIOS.get(name).startsItsOwnStacks()).toList()) {
            printSettings(clients, warmUp, measured);
            run(name, null, null, load);
        }
        System.exit(0);
    }

    /** The services' extra JVM options, as {@code deploy/local/run} takes them: benchmarks compare JVM settings. */
    static String javaOptions() {
        return System.getenv().getOrDefault(StackSettings.JAVA_OPTIONS_VARIABLE, "");
    }

    private static void printSettings(int clients, Duration warmUp, Duration measured) {
        System.out.printf("%nBenchmarks on %d cores, Java %s; %d clients, %s warm-up, %s measured per figure%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), clients, warmUp, measured);
    }

    private static void run(String name, LocalStack stack, Gateway gateway, LoadRun load) {
        System.out.printf("%n== %s%n", name);
        SCENARIOS.get(name).run(stack, gateway, load).forEach(figures -> System.out.println("  " + figures.line()));
    }
}
