package io.deliveryhub.projects.tracing;

import static io.deliveryhub.platform.security.Roles.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.deliveryhub.platform.events.Topics;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.TopicClient;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * One write is one trace: the request's span, the Kafka send of its outbox event (the row keeps the request's
 * {@code traceparent}, the record carries it on) and a consumer's work on the record.
 */
@QuarkusTest
@QuarkusTestResource(TraceProbe.Channel.class)
class TraceAcrossKafkaTest {

    private static final AttributeKey<String> CONSUMER_GROUP = AttributeKey.stringKey("messaging.consumer.group.name");

    @Inject
    InMemorySpanExporter exported;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void oneWriteIsOneTraceFromTheRequestThroughTheOutboxAndKafkaToTheConsumersWork() throws SQLException {
        String clientId = Api.as(ADMIN).body(Map.of("name", "Traced " + UUID.randomUUID(), "industry", "Banking"))
                .post("/api/v1/clients").then().statusCode(201).extract().path("id");

        Traceparent stored = Traceparent.parse(storedTraceparent(clientId));
        ConsumerRecord<String, String> record = TopicClient.awaitRecord(Topics.PROJECTS,
                candidate -> candidate.value().contains(clientId), Duration.ofSeconds(30)).stream()
                .filter(candidate -> candidate.value().contains(clientId)).findFirst().orElseThrow();
        Traceparent sent = Traceparent.parse(TopicClient.header(record, "traceparent"));
        assertThat(sent.traceId()).isEqualTo(stored.traceId());

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> consumerSpan(sent).isPresent());
        List<SpanData> trace = exported.getFinishedSpanItems().stream()
                .filter(span -> span.getTraceId().equals(stored.traceId())).toList();
        SpanData request = only(trace, SpanKind.SERVER);
        SpanData send = only(trace, SpanKind.PRODUCER);
        SpanData work = consumerSpan(sent).orElseThrow();

        assertThat(request.getParentSpanContext().isValid()).as("the request began the trace").isFalse();
        assertThat(stored.parentId()).as("the outbox row keeps the request's span").isEqualTo(request.getSpanId());
        assertThat(send.getParentSpanId()).as("the relay's send continues the stored trace")
                .isEqualTo(request.getSpanId());
        assertThat(sent.parentId()).as("the record carries the send's span").isEqualTo(send.getSpanId());
        assertThat(work.getParentSpanId()).as("the consumer's work is a child of the send").isEqualTo(send.getSpanId());
        assertThat(work.getTraceId()).isEqualTo(request.getTraceId());
    }

    private Optional<SpanData> consumerSpan(Traceparent sent) {
        return exported.getFinishedSpanItems().stream()
                .filter(span -> span.getTraceId().equals(sent.traceId()) && span.getKind() == SpanKind.CONSUMER)
                .filter(span -> TraceProbe.CONSUMER.equals(span.getAttributes().get(CONSUMER_GROUP)))
                .findFirst();
    }

    private static SpanData only(List<SpanData> trace, SpanKind kind) {
        List<SpanData> ofKind = trace.stream().filter(span -> span.getKind() == kind).toList();
        assertThat(ofKind).as(kind + " spans of the trace").hasSize(1);
        return ofKind.get(0);
    }

    private String storedTraceparent(String clientId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select traceparent from outbox where payload like ? order by seq limit 1")) {
            select.setString(1, "%" + clientId + "%");
            try (ResultSet rows = select.executeQuery()) {
                assertThat(rows.next()).as("the client's event in the outbox").isTrue();
                return rows.getString("traceparent");
            }
        }
    }

    /** The parts of a W3C {@code traceparent} the test compares. */
    private record Traceparent(String traceId, String parentId) {

        static Traceparent parse(String header) {
            assertThat(header).as("traceparent").matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
            String[] parts = header.split("-");
            return new Traceparent(parts[1], parts[2]);
        }
    }
}
