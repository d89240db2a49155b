package io.deliveryhub.deploy.local;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The processes of the system as the local stack runs them: one JVM each, built by the Maven module of
 * the same name into {@code <module>/target/quarkus-app}.
 */
public enum Service {

    // The serial collector grows the heap to its maximum under steady load before its first full collection, so the
    // maximum is what the heap costs in RSS: about three times the live data (30 MB in projects and resources after a
    // full collection under load; delivery-metrics computes the portfolio's financials a page of projects at a time).
    PROJECTS("projects-service", "projects", 8081, "DELIVERYHUB_PROJECTS_PORT", "96m"),
    RESOURCES("resources-service", "resources", 8082, "DELIVERYHUB_RESOURCES_PORT", "96m"),
    DELIVERY_METRICS("delivery-metrics-service", "delivery_metrics", 8083, "DELIVERYHUB_METRICS_PORT", "128m"),
    // the gateway streams bodies through and keeps only small tables (API keys, idempotency records): it needs less heap
    GATEWAY("gateway", "gateway", 8080, "DELIVERYHUB_GATEWAY_PORT", "128m");

    private final String module;
    private final String database;
    private final int defaultPort;
    private final String portVariable;
    private final String maxHeap;

    Service(String module, String database, int defaultPort, String portVariable, String maxHeap) {
        this.module = module;
        this.database = database;
        this.defaultPort = defaultPort;
        this.portVariable = portVariable;
        this.maxHeap = maxHeap;
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
