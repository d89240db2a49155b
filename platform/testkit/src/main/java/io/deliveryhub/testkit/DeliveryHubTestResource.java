package io.deliveryhub.testkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * Gives a {@code @QuarkusTest} a real PostgreSQL server and a real Kafka broker. Both start in
 * parallel once per test JVM, from a clean directory under {@code target/}, and stop when the JVM
 * exits, so test classes with different profiles share them.
 */
public class DeliveryHubTestResource implements QuarkusTestResourceLifecycleManager {

    private static final String DATABASE = "deliveryhub";
    private static PostgresServer postgres;
    private static KafkaBroker kafka;
    private static Path workDirectory;

    /*
     * A @TestProfile restarts Quarkus in a new class loader, where this class's statics are fresh. The
     * servers' addresses are therefore also kept in system properties, which every class loader of the JVM
     * sees: a second loader reuses the running servers instead of wiping their directory under them.
     */
    private static final String JDBC_URL = "deliveryhub.testkit.jdbc-url";
    private static final String BOOTSTRAP_SERVERS = "deliveryhub.testkit.bootstrap-servers";

    @Override
    public Map<String, String> start() {
        startOnce();
        return Map.of(
                "quarkus.datasource.jdbc.url", System.getProperty(JDBC_URL),
                "quarkus.datasource.username", PostgresServer.SUPERUSER,
                "quarkus.datasource.password", PostgresServer.SUPERUSER,
                "kafka.bootstrap.servers", System.getProperty(BOOTSTRAP_SERVERS),
                "mp.jwt.verify.publickey", TestTokens.publicKey(),
                "mp.jwt.verify.issuer", TestTokens.ISSUER,
                "quarkus.devservices.enabled", "false");
    }

    @Override
    public void stop() {
        // Shared by every Quarkus start in this JVM; closed by the shutdown hook.
    }

    /**
     * The broker, for tests that take it down and bring it back; only in the class loader that started it
     * (the tests without a {@code @TestProfile}).
     */
    public static KafkaBroker kafka() {
        startOnce();
        if (kafka == null) {
            throw new IllegalStateException("The broker was started by another class loader (a @TestProfile test); "
                    + "stop and restart it only from tests without a profile");
        }
        return kafka;
    }

    /**
     * The database server, for tests that take it down and bring it back; only in the class loader that started it
     * (the tests without a {@code @TestProfile}).
     */
    public static PostgresServer postgres() {
        startOnce();
        if (postgres == null) {
            throw new IllegalStateException("PostgreSQL was started by another class loader (a @TestProfile test); "
                    + "stop and restart it only from tests without a profile");
        }
        return postgres;
    }

    public static String bootstrapServers() {
        startOnce();
        return System.getProperty(BOOTSTRAP_SERVERS);
    }

    private static synchronized void startOnce() {
        if (postgres != null || System.getProperty(JDBC_URL) != null) {
            return;
        }
        workDirectory = Path.of(System.getProperty("deliveryhub.testkit.dir", "target/testkit")).toAbsolutePath();
        deleteRecursively(workDirectory);
        CompletableFuture<PostgresServer> database = CompletableFuture.supplyAsync(
                () -> PostgresServer.start(workDirectory.resolve("postgres"), 0));
        CompletableFuture<KafkaBroker> broker = CompletableFuture.supplyAsync(
                () -> KafkaBroker.start(workDirectory.resolve("kafka"), 0));
        postgres = database.join();
        kafka = broker.join();
        postgres.createDatabaseIfMissing(DATABASE);
        System.setProperty(JDBC_URL, postgres.jdbcUrl(DATABASE));
        System.setProperty(BOOTSTRAP_SERVERS, kafka.bootstrapServers());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.close();
            postgres.close();
        }, "testkit-shutdown"));
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
