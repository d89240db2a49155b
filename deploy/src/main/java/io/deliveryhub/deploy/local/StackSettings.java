package io.deliveryhub.deploy.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Where the local stack keeps its data, which ports it uses and what it runs.
 *
 * @param repositoryRoot  the checkout, where each service's {@code target/quarkus-app} is found
 * @param dataDirectory   PostgreSQL and Kafka data, the JWT key pair, logs; kept across restarts
 * @param postgresPort    PostgreSQL's port
 * @param kafkaPort       the Kafka broker's client port
 * @param servicePorts    the HTTP port of every service
 * @param services        the services to run (all of them, except while one is being developed)
 * @param adminApiKey     the gateway's bootstrap admin API key
 * @param javaHome        the JDK the services run on
 * @param javaOptions     extra JVM options for every service, appended after the launcher's own
 * @param readyTimeout    how long the services may take, all together, to report ready
 * @param reset           start from an empty data directory (the extracted PostgreSQL binaries are kept)
 * @param replicas        how many JVMs each backend service runs as (the gateway always runs as one)
 */
public record StackSettings(
        Path repositoryRoot,
        Path dataDirectory,
        int postgresPort,
        int kafkaPort,
        Map<Service, Integer> servicePorts,
        Set<Service> services,
        String adminApiKey,
        Path javaHome,
        String javaOptions,
        Duration readyTimeout,
        boolean reset,
        int replicas) {

    public static final String DATA_DIR_VARIABLE = "DELIVERYHUB_DATA_DIR";
    public static final String POSTGRES_PORT_VARIABLE = "DELIVERYHUB_POSTGRES_PORT";
    public static final String KAFKA_PORT_VARIABLE = "DELIVERYHUB_KAFKA_PORT";
    public static final String ADMIN_API_KEY_VARIABLE = "DELIVERYHUB_ADMIN_API_KEY";
    public static final String JAVA_OPTIONS_VARIABLE = "DELIVERYHUB_JAVA_OPTS";
    /** The gateway's {@code %local} default too: the local stack is never reachable from outside the machine by intent. */
    public static final String LOCAL_ADMIN_API_KEY = "local-admin-key";
    public static final int DEFAULT_POSTGRES_PORT = 54320;
    public static final int DEFAULT_KAFKA_PORT = 19092;
    public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(120);
    /** Replica i of a service listens on the service's port + this × i (8081, 8091, 8101 for projects). */
    public static final int REPLICA_PORT_STEP = 10;

    public StackSettings {
        Objects.requireNonNull(repositoryRoot, "repositoryRoot");
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        repositoryRoot = repositoryRoot.toAbsolutePath().normalize();
        dataDirectory = dataDirectory.toAbsolutePath().normalize();
        servicePorts = Collections.unmodifiableMap(new EnumMap<>(servicePorts));
        services = Collections.unmodifiableSet(services.isEmpty() ? EnumSet.noneOf(Service.class) : EnumSet.copyOf(services));
        for (Service service : services) {
            if (!servicePorts.containsKey(service)) {
                throw new IllegalArgumentException("No port for " + service);
            }
        }
        javaOptions = javaOptions == null ? "" : javaOptions.trim();
        if (replicas < 1) {
            throw new IllegalArgumentException("--replicas must be at least 1, not " + replicas);
        }
    }

    /**
     * The settings of {@code deploy/local/run}: the default ports and directory, each overridable by an
     * environment variable.
     */
    public static StackSettings fromEnvironment(Map<String, String> environment, Path repositoryRoot) {
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            ports.put(service, port(environment, service.portVariable(), service.defaultPort()));
        }
        String dataDirectory = environment.get(DATA_DIR_VARIABLE);
        return new StackSettings(
                repositoryRoot,
                blank(dataDirectory) ? repositoryRoot.resolve("deploy/local/.data") : Path.of(dataDirectory),
                port(environment, POSTGRES_PORT_VARIABLE, DEFAULT_POSTGRES_PORT),
                port(environment, KAFKA_PORT_VARIABLE, DEFAULT_KAFKA_PORT),
                ports,
                EnumSet.allOf(Service.class),
                blank(environment.get(ADMIN_API_KEY_VARIABLE)) ? LOCAL_ADMIN_API_KEY : environment.get(ADMIN_API_KEY_VARIABLE),
                Path.of(System.getProperty("java.home")),
                environment.get(JAVA_OPTIONS_VARIABLE),
                DEFAULT_READY_TIMEOUT,
                false,
                1);
    }

    /**
     * Every service on a free port, PostgreSQL and Kafka too, so that a test's stack never collides with a
     * local stack someone is running.
     */
    public static StackSettings withFreePorts(Path repositoryRoot, Path dataDirectory) {
        Set<Integer> taken = new HashSet<>();
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            ports.put(service, freePort(taken));
        }
        return new StackSettings(repositoryRoot, dataDirectory, freePort(taken), freePort(taken), ports,
                EnumSet.allOf(Service.class), LOCAL_ADMIN_API_KEY, Path.of(System.getProperty("java.home")), "",
                DEFAULT_READY_TIMEOUT, false, 1);
    }

    public StackSettings withServices(Set<Service> chosen) {
        return new StackSettings(repositoryRoot, dataDirectory, postgresPort, kafkaPort, servicePorts, chosen,
                adminApiKey, javaHome, javaOptions, readyTimeout, reset, replicas);
    }

    public StackSettings withJavaHome(Path home) {
        return new StackSettings(repositoryRoot, dataDirectory, postgresPort, kafkaPort, servicePorts, services,
                adminApiKey, home, javaOptions, readyTimeout, reset, replicas);
    }

    /** Other extra JVM options for every service (a benchmark compares the services started with and without some). */
    public StackSettings withJavaOptions(String options) {
        return new StackSettings(repositoryRoot, dataDirectory, postgresPort, kafkaPort, servicePorts, services,
                adminApiKey, javaHome, options, readyTimeout, reset, replicas);
    }

    /** A longer wait for the services to report ready (a benchmark of starting on a busy machine). */
    public StackSettings withReadyTimeout(Duration timeout) {
        return new StackSettings(repositoryRoot, dataDirectory, postgresPort, kafkaPort, servicePorts, services,
                adminApiKey, javaHome, javaOptions, timeout, reset, replicas);
    }

    public StackSettings withReset(boolean fresh) {
        return new StackSettings(repositoryRoot, dataDirectory, postgresPort, kafkaPort, servicePorts, services,
                adminApiKey, javaHome, javaOptions, readyTimeout, fresh, replicas);
    }

    public StackSettings withReplicas(int count) {
        return new StackSettings(repositoryRoot, dataDirectory, postgresPort, kafkaPort, servicePorts, services,
                adminApiKey, javaHome, javaOptions, readyTimeout, reset, count);
    }

    /** The JVMs the service runs as: {@link #replicas()} of a backend service, one gateway. */
    public List<ServiceReplica> replicasOf(Service service) {
        int count = service.isGateway() ? 1 : replicas;
        return IntStream.range(0, count)
                .mapToObj(index -> new ServiceReplica(service, index, port(service) + REPLICA_PORT_STEP * index))
                .toList();
    }

    public int port(Service service) {
        return servicePorts.get(service);
    }

    public Path logDirectory() {
        return dataDirectory.resolve("logs");
    }

    private static int port(Map<String, String> environment, String variable, int defaultPort) {
        String value = environment.get(variable);
        if (blank(value)) {
            return defaultPort;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable + " must be a port number (1-65535), not '" + value + "'");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** A port nobody listens on now, other than those already handed out (the kernel may offer one twice). */
    private static int freePort(Set<Integer> taken) {
        while (true) {
            try (ServerSocket socket = new ServerSocket(0)) {
                if (taken.add(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("No free port", e);
            }
        }
    }
}
