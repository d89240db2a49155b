package io.deliveryhub.testkit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class InfrastructureStartersTest {

    private static final String TOPIC = "starter-check";

    @Test
    void postgresKeepsDataAcrossRestartsOnTheSameDirectory(@TempDir Path dir) throws SQLException {
        Path dataDir = dir.resolve("pgdata");

        try (PostgresServer postgres = PostgresServer.start(dataDir, 0)) {
            assertThat(postgres.port()).isPositive();
            postgres.createDatabaseIfMissing("projects");
            postgres.createDatabaseIfMissing("projects");
            execute(postgres, "projects", "CREATE TABLE note (text VARCHAR(40))");
            execute(postgres, "projects", "INSERT INTO note VALUES ('kept')");
        }

        try (PostgresServer postgres = PostgresServer.start(dataDir, 0)) {
            postgres.createDatabaseIfMissing("projects");
            assertThat(queryText(postgres, "projects", "SELECT text FROM note")).isEqualTo("kept");
        }
    }

    @Test
    void kafkaDeliversAndKeepsRecordsAcrossARestart(@TempDir Path dir) throws Exception {
        try (KafkaBroker broker = KafkaBroker.start(dir.resolve("kafka"), 0)) {
            String bootstrap = broker.bootstrapServers();
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
            }

            try (KafkaProducer<String, String> producer = producer(bootstrap, Duration.ofSeconds(60))) {
                producer.send(new ProducerRecord<>(TOPIC, "before-stop")).get(30, TimeUnit.SECONDS);
                assertThat(readAll(bootstrap, 1)).containsExactly("before-stop");

                broker.stop();
                assertThat(broker.isRunning()).isFalse();
                // once the client falls back to its bootstrap address, send() blocks until the broker is back
                CompletableFuture<RecordMetadata> sentWhileDown =
                        CompletableFuture.supplyAsync(() -> deliver(producer, "while-down"));
                try (KafkaProducer<String, String> impatient = producer(bootstrap, Duration.ofSeconds(2))) {
                    assertThatThrownBy(() -> impatient.send(new ProducerRecord<>(TOPIC, "lost")).get())
                            .isInstanceOf(ExecutionException.class)
                            .hasCauseInstanceOf(TimeoutException.class);
                }
                assertThat(sentWhileDown).isNotDone();

                broker.restart();
                assertThat(broker.isRunning()).isTrue();
                assertThat(broker.bootstrapServers()).isEqualTo(bootstrap);
                sentWhileDown.get(30, TimeUnit.SECONDS);
                producer.send(new ProducerRecord<>(TOPIC, "after-restart")).get(30, TimeUnit.SECONDS);
            }
            assertThat(readAll(bootstrap, 3)).containsExactly("before-stop", "while-down", "after-restart");
        }
    }

    private static RecordMetadata deliver(KafkaProducer<String, String> producer, String value) {
        try {
            return producer.send(new ProducerRecord<>(TOPIC, value)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
        } catch (ExecutionException e) {
            throw new CompletionException(e.getCause());
        }
    }

    private static KafkaProducer<String, String> producer(String bootstrap, Duration deliveryTimeout) {
        int timeoutMs = (int) deliveryTimeout.toMillis();
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeoutMs,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, timeoutMs,
                ProducerConfig.LINGER_MS_CONFIG, 0),
                new StringSerializer(), new StringSerializer());
    }

    /** Reads the topic from the beginning until {@code count} records have arrived. */
    private static List<String> readAll(String bootstrap, int count) {
        TopicPartition partition = new TopicPartition(TOPIC, 0);
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(Set.of(partition));
            consumer.seekToBeginning(Set.of(partition));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> consumed : consumer.poll(Duration.ofMillis(200))) {
                    values.add(consumed.value());
                }
                return values.size() >= count;
            });
        }
        return values;
    }

    private static void execute(PostgresServer postgres, String database, String sql) throws SQLException {
        try (Connection connection = connect(postgres, database); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String queryText(PostgresServer postgres, String database, String sql) throws SQLException {
        try (Connection connection = connect(postgres, database);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }

    private static Connection connect(PostgresServer postgres, String database) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(database), postgres.username(), postgres.password());
    }
}
