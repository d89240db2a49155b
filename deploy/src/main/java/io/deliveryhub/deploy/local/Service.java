package io.deliveryhub.deploy.local;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The processes of the system as the local stack runs them: one JVM each, built by the Maven module of
 * the same name into {@code <module>/target/quarkus-app}.
 */
public enum Service {

    // The serial collector lets the heap grow to its maximum under steady load before its first full collection, so
    // the maximum is what the heap costs in RSS (docs/performance.md "Memory"): a few times the live data, 25-35 MB
    // after a full collection, with room for a time-entry import's batches and a page of the portfolio's financials.
    // projects-service keeps 40-43 MB live under status reports; at 88 MB it ended freshness at 299-303 MB resident.
    // The backend services run C1 alone: C2 would take each of them over 300 MB resident.
    PROJECTS("projects-service", "projects", 8081, "DELIVERYHUB_PROJECTS_PORT", "80m", Compiler.C1_ALONE),
    RESOURCES("resources-service", "resources", 8082, "DELIVERYHUB_RESOURCES_PORT", "128m", Compiler.C1_ALONE),
    // delivery-metrics computes many projects' KPIs and financials a page at a time, so its live data stays at 25-40 MB
    // under writes and 60-70 MB at the portfolio benches' peaks whatever the portfolio's size; with its ~210 MB besides
    // the heap, 80 MB keeps it under 300 MB (docs/performance.md "delivery-metrics in 80 MB")
    DELIVERY_METRICS("delivery-metrics-service", "delivery_metrics", 8083, "DELIVERYHUB_METRICS_PORT", "80m",
            Compiler.C1_ALONE),
    // the gateway streams bodies through, keeps small tables and queues a bounded number of requests per service (24-26
    // MB live under a backlog); every request passes it, and its C2 costs ~35 MB, so its heap is the smaller one
    // (docs/performance.md "The gateway under a backlog")
    GATEWAY("gateway", "gateway", 8080, "DELIVERYHUB_GATEWAY_PORT", "96m", Compiler.TIERED);

    private final String module;
    private final String database;
    private final int defaultPort;
    private final String portVariable;
    private final String maxHeap;
    private final Compiler compiler;

    Service(String module, String database, int defaultPort, String portVariable, String maxHeap, Compiler compiler) {
        this.module = module;
        this.database = database;
        this.defaultPort = defaultPort;
        this.portVariable = portVariable;
        this.maxHeap = maxHeap;
        this.compiler = compiler;
    }

    /** The Maven module and the name used in logs and messages. */
    public String module() {
        return module;
    }

    /** The service's own PostgreSQL database. */
    public String database() {
        return database;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** The environment variable of the launcher that moves this service to another port. */
    public String portVariable() {
        return portVariable;
    }

    public String maxHeap() {
        return maxHeap;
    }

    /** Also the container image's, the {@code image.compiler} property of the module's pom. */
    public Compiler compiler() {
        return compiler;
    }

    public boolean isGateway() {
        return this == GATEWAY;
    }

    /** Accepts the module name ({@code projects-service}) or a short form ({@code projects}). */
    public static Optional<Service> named(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(service -> service.module.equals(wanted)
                        || service.module.replace("-service", "").equals(wanted))
                .findFirst();
    }

    @Override
    public String toString() {
        return module;
    }
}
