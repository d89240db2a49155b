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

    @Override
    public Map<String, String> start() {
        startOnce();
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(DATABASE),
                "quarkus.datasource.username", postgres.username(),
                "quarkus.datasource.password", postgres.password(),
                "kafka.bootstrap.servers", kafka.bootstrapServers(),
                "mp.jwt.verify.publickey", TestTokens.publicKey(),
                "mp.jwt.verify.issuer", TestTokens.ISSUER,
                "quarkus.devservices.enabled", "false");
    }

    @Override
    public void stop() {
        // Shared by every Quarkus start in this JVM; closed by the shutdown hook.
    }

    /** The broker, for tests that take it down and bring it back. */
    public static KafkaBroker kafka() {
        startOnce();
        return kafka;
    }

    public static String bootstrapServers() {
        return kafka().bootstrapServers();
    }

    private static synchronized void startOnce() {
        if (postgres != null) {
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
