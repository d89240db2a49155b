package io.deliveryhub.testkit;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A real Apache Kafka broker in KRaft mode, running in this JVM as a single combined broker and controller.
 * <p>
 * The log directory is formatted on first use and kept afterwards, so topics and records survive
 * {@link #stop()}/{@link #restart()} as well as a new {@link #start(Path, int)} on the same directory.
 * <p>
 * Close it before deleting its directory: like any Kafka broker, it halts the JVM when its log directory fails.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);
    /** The services' event size limit (platform's deliveryhub.events.max-bytes), read from the same variable. */
    static final String EVENT_MAX_BYTES_VARIABLE = "DELIVERYHUB_EVENT_MAX_BYTES";
    static final int DEFAULT_EVENT_MAX_BYTES = 1024 * 1024;

    /** Held strongly: java.util.logging forgets the level of a logger that has been garbage collected. */
    private static final List<Logger> QUIETED_LOGGERS = quietBrokerLogging();

    private final Path logDirectory;
    private final int port;
    private final Map<String, String> config;
    private KafkaRaftServer server;

    private KafkaBroker(Path logDirectory, int port, int controllerPort) {
        this.logDirectory = logDirectory;
        this.port = port;
        this.config = brokerConfig(logDirectory, port, controllerPort);
    }

    /**
     * Starts a broker on {@code logDirectory} and returns once it serves clients.
     *
     * @param port the client port, or 0 for a free one; the controller always gets a free port
     */
    public static KafkaBroker start(Path logDirectory, int port) {
        Path dir = logDirectory.toAbsolutePath();
        int brokerPort = port == 0 ? freePort() : port;
        int controllerPort = freePort();
        while (controllerPort == brokerPort) {
            controllerPort = freePort();
        }
        KafkaBroker broker = new KafkaBroker(dir, brokerPort, controllerPort);
        broker.formatIfNeeded();
        broker.restart();
        return broker;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** Shuts the broker down, keeping its data; {@link #restart()} brings it back on the same address. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.shutdown();
            server.awaitShutdown();
        } finally {
            server = null;
        }
    }

    /** Stops the broker if it runs, starts it again on the same ports and data, and waits until it serves clients. */
    public synchronized void restart() {
        stop();
        KafkaRaftServer starting = new KafkaRaftServer(new KafkaConfig(config, false), Time.SYSTEM);
        server = starting;
        try {
            starting.startup();
            awaitClusterAnswers();
        } catch (RuntimeException e) {
            try {
                stop();
            } catch (RuntimeException cleanupFailure) {
                e.addSuppressed(cleanupFailure);
            }
            throw e;
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void formatIfNeeded() {
        if (Files.exists(logDirectory.resolve("meta.properties"))) {
            return;
        }
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .addDirectory(logDirectory.toString())
                    .setMetadataLogDirectory(logDirectory.toString())
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Could not format Kafka log directory " + logDirectory, e);
        }
    }

    private void awaitClusterAnswers() {
        Map<String, Object> adminConfig = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        try (Admin admin = Admin.create(adminConfig)) {
            int timeoutMs = (int) STARTUP_TIMEOUT.toMillis();
            // the admin client retries on its own until the broker answers or the timeout expires
            admin.describeCluster(new DescribeClusterOptions().timeoutMs(timeoutMs))
                    .nodes()
                    .get(timeoutMs, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Kafka on " + bootstrapServers(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not become ready on " + bootstrapServers(), e);
        }
    }

    private static Map<String, String> brokerConfig(Path logDirectory, int port, int controllerPort) {
        Map<String, String> config = new HashMap<>();
        config.put("process.roles", "broker,controller");
        config.put("node.id", String.valueOf(NODE_ID));
        // static voters (kraft.version 0): the controller port lives in config only, so it may change between runs
        config.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        config.put("listeners", "PLAINTEXT://127.0.0.1:" + port + "," + CONTROLLER_LISTENER + "://127.0.0.1:" + controllerPort);
        config.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        config.put("inter.broker.listener.name", "PLAINTEXT");
        config.put("controller.listener.names", CONTROLLER_LISTENER);
        config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        config.put("log.dirs", logDirectory.toString());
        // fail instead of hanging forever when the broker cannot come up
        config.put("server.max.startup.time.ms", String.valueOf(STARTUP_TIMEOUT.toMillis()));

        // services declare their topics; a typo must not silently create a new one
        config.put("auto.create.topics.enable", "false");
        config.put("num.partitions", "1");
        // the largest record it takes is the services' event size limit, so an event they admit is never refused
        config.put("message.max.bytes", String.valueOf(eventMaxBytes()));

        // a single node can only replicate to itself
        config.put("offsets.topic.replication.factor", "1");
        config.put("transaction.state.log.replication.factor", "1");
        config.put("transaction.state.log.min.isr", "1");
        config.put("share.coordinator.state.topic.replication.factor", "1");
        config.put("share.coordinator.state.topic.min.isr", "1");

        // the 50-partition defaults of the internal topics only cost time when the first group or transaction appears
        config.put("offsets.topic.num.partitions", "1");
        config.put("transaction.state.log.num.partitions", "1");
        config.put("share.coordinator.state.topic.num.partitions", "1");

        // tests should not wait for more members to join a new consumer group
        config.put("group.initial.rebalance.delay.ms", "0");
        // After a crash the restarted broker must wait out its old registration; keep that wait short.
        config.put("broker.session.timeout.ms", "3000");
        config.put("broker.heartbeat.interval.ms", "1000");

        // the log cleaner allocates its dedupe buffer up front (128 MiB by default); thread pools default to server sizes
        config.put("log.cleaner.dedupe.buffer.size", String.valueOf(2 * 1024 * 1024));
        config.put("num.network.threads", "2");
        config.put("num.io.threads", "2");
        config.put("background.threads", "2");
        config.put("num.recovery.threads.per.data.dir", "1");
        return Map.copyOf(config);
    }

    private static int eventMaxBytes() {
        String configured = System.getenv(EVENT_MAX_BYTES_VARIABLE);
        return configured == null || configured.isBlank() ? DEFAULT_EVENT_MAX_BYTES : Integer.parseInt(configured.strip());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }

    /**
     * The broker logs about 400 INFO lines per start. Broker and clients share the {@code org.apache.kafka}
     * packages, so Kafka clients in this JVM get quieter too. Only categories nobody configured are raised to
     * WARNING, so a logging configuration that sets them still wins.
     */
    private static List<Logger> quietBrokerLogging() {
        List<Logger> loggers = List.of(
                Logger.getLogger("kafka"),
                Logger.getLogger("state.change.logger"),
                Logger.getLogger("org.apache.kafka"));
        for (Logger logger : loggers) {
            if (logger.getLevel() == null) {
                logger.setLevel(Level.WARNING);
            }
        }
        return loggers;
    }
}
