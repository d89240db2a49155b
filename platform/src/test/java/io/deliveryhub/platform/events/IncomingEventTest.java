package io.deliveryhub.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deliveryhub.platform.events.IncomingEvent.MalformedEvent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class IncomingEventTest {

    private static final ObjectMapper TREES = new ObjectMapper();
    private static final UUID ID = UUID.fromString("5b0e6f8a-1c2d-4e3f-9a8b-7c6d5e4f3a21");

    /** Longer than the 32k characters Jackson copies into one buffer: such a payload is read through a Reader. */
    private static final String LONG_STATE = "{\"entries\":[" + IntStream.range(0, 400)
            .mapToObj(i -> "{\"id\":\"" + UUID.randomUUID() + "\",\"hours\":7.5,\"note\":\"é \\\"q\\\" \\u00fc\\n\"}")
            .collect(Collectors.joining(",")) + "],\"count\":400}";

    private static final List<String> PAYLOADS = List.of(
            "{\"version\":3,\"actor\":\"alice\",\"state\":{\"id\":\"a\",\"hours\":7.50,\"nested\":{\"a\":[1,{}]}}}",
            "{\"state\":{\"name\":\"ünïcödé € \\\"quoted\\\"\"},\"changes\":{\"name\":{\"from\":null,\"to\":\"x\"}},"
                    + "\"version\":1}",
            " {\n \"version\" : 2 ,\n \"state\" : { } \n} ",
            "{\"version\":1,\"state\":{\"v\":1},\"state\":{\"v\":2}}",
            "{\"version\":1,\"state\":" + LONG_STATE + ",\"reason\":\"bulk\"}",
            "{\"version\":3.7,\"state\":{}}",
            "{\"version\":9223372036854775807,\"state\":{}}",
            "{\"version\":1,\"state\":{}} trailing",
            // not events
            "{not json",
            "{\"version\":1,\"state\":{\"a\":",
            "",
            "null",
            "[1,2",
            "[{\"version\":1,\"state\":{}}]",
            "{\"version\":\"1\",\"state\":{}}",
            "{\"version\":9223372036854775808,\"state\":{}}",
            "{\"version\":1}",
            "{\"version\":1,\"state\":[]}",
            "{\"version\":1,\"state\":null}",
            "{\"version\":1,\"state\":{},\"state\":1}",
            "{\"version\":1,\"state\":{},\"version\":true}");

    private static ConsumerRecord<String, String> record(String payload) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("deliveryhub.resources.v1", 0, 7, "key-1", payload);
        header(record, CloudEventHeaders.ID, ID.toString());
        header(record, CloudEventHeaders.TYPE, "deliveryhub.time-entry.recorded.v1");
        header(record, CloudEventHeaders.SOURCE, "resources-service");
        header(record, CloudEventHeaders.SUBJECT, "subject-1");
        header(record, CloudEventHeaders.TIME, "2026-03-02T10:15:30+01:00");
        return record;
    }

    private static void header(ConsumerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** What a consumer was given when the payload was read into a tree: the version and state, or why not. */
    private static String asATreeReadsIt(String payload) {
        JsonNode tree;
        try {
            tree = TREES.readTree(payload);
        } catch (JsonProcessingException e) {
            return "payload is not JSON: " + e.getOriginalMessage();
        }
        if (tree == null || !tree.path("version").canConvertToLong() || !tree.path("state").isObject()) {
            return "payload lacks version or state";
        }
        return tree.get("version").asLong() + " " + tree.get("state");
    }

    private static String asReadNow(String payload) {
        try {
            IncomingEvent event = IncomingEvent.from(record(payload));
            return event.version() + " " + event.state();
        } catch (MalformedEvent e) {
            return e.getMessage();
        }
    }

    @Test
    void readsEveryPayloadAsATreeOfItDidAndRefusesTheSameOnesInTheSameWords() {
        for (String payload : PAYLOADS) {
            assertThat(asReadNow(payload)).as(payload).isEqualTo(asATreeReadsIt(payload));
        }
        assertThat(PAYLOADS.stream().filter(payload -> asReadNow(payload).startsWith("payload"))).hasSize(13);
    }

    @Test
    void readsTheEnvelopeFromTheHeaders() {
        IncomingEvent event = IncomingEvent.from(record(PAYLOADS.get(0)));

        assertThat(event.id()).isEqualTo(ID);
        assertThat(event.type()).isEqualTo("deliveryhub.time-entry.recorded.v1");
        assertThat(event.source()).isEqualTo("resources-service");
        assertThat(event.subject()).isEqualTo("subject-1");
        assertThat(event.key()).isEqualTo("key-1");
        assertThat(event.time()).isEqualTo(Instant.parse("2026-03-02T09:15:30Z"));
        assertThat(event.version()).isEqualTo(3);
    }

    @Test
    void refusesARecordWithoutValueOrWithABadHeader() {
        assertThatThrownBy(() -> IncomingEvent.from(record(null))).isInstanceOf(MalformedEvent.class)
                .hasMessage("record has no value");
        ConsumerRecord<String, String> noType = record(PAYLOADS.get(0));
        noType.headers().remove(CloudEventHeaders.TYPE);
        assertThatThrownBy(() -> IncomingEvent.from(noType)).isInstanceOf(MalformedEvent.class)
                .hasMessage("missing header ce_type");
        ConsumerRecord<String, String> badId = record(PAYLOADS.get(0));
        header(badId, CloudEventHeaders.ID, "not-a-uuid");
        assertThatThrownBy(() -> IncomingEvent.from(badId)).isInstanceOf(MalformedEvent.class)
                .hasMessage("ce_id is not a UUID: not-a-uuid");
    }

    record Entry(UUID id, BigDecimal hours, LocalDate date, Boolean billable) {
    }

    record Chunk(List<Entry> entries) {
    }

    @Test
    void bindsTheStateToARecordIgnoringWhatItDoesNotName() {
        UUID entry = UUID.randomUUID();
        IncomingEvent event = IncomingEvent.from(record("{\"version\":1,\"actor\":\"x\",\"state\":{\"count\":1,"
                + "\"entries\":[{\"id\":\"" + entry + "\",\"hours\":7.50,\"date\":\"2026-03-02\",\"billable\":true,"
                + "\"cost\":{\"amount\":\"1.00\",\"currency\":\"EUR\"}}]}}"));

        Chunk chunk = event.state(Chunk.class);

        assertThat(chunk.entries()).containsExactly(
                new Entry(entry, new BigDecimal("7.50"), LocalDate.of(2026, 3, 2), true));
        assertThat(IncomingEvent.from(record("{\"version\":1,\"state\":" + LONG_STATE + "}")).state(Chunk.class)
                .entries()).hasSize(400);
    }

    @Test
    void aStateThatCannotBeBoundIsMalformed() {
        IncomingEvent badId = IncomingEvent.from(record("{\"version\":1,\"state\":{\"entries\":[{\"id\":\"x\"}]}}"));
        IncomingEvent badDate = IncomingEvent.from(record(
                "{\"version\":1,\"state\":{\"entries\":[{\"date\":\"2026-02-30\"}]}}"));

        assertThatThrownBy(() -> badId.state(Chunk.class)).isInstanceOf(MalformedEvent.class)
                .hasMessageStartingWith("state is not a readable Chunk: ");
        assertThatThrownBy(() -> badDate.state(Chunk.class)).isInstanceOf(MalformedEvent.class)
                .hasMessageStartingWith("state is not a readable Chunk: ");
    }
}
