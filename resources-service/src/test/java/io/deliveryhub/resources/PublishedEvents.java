package io.deliveryhub.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deliveryhub.platform.events.CloudEventHeaders;
import io.deliveryhub.platform.events.Topics;
import io.deliveryhub.testkit.TopicClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** What this service published to deliveryhub.resources.v1, read as an outside consumer would. */
public final class PublishedEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PublishedEvents() {
    }

    /** The first record with this key and type whose payload matches. */
    public static ConsumerRecord<String, String> await(String key, String type, Predicate<JsonNode> payload) {
        Predicate<ConsumerRecord<String, String>> matches = r -> key.equals(r.key())
                && type.equals(TopicClient.header(r, CloudEventHeaders.TYPE)) && payload.test(read(r.value()));
        return TopicClient.awaitRecord(Topics.RESOURCES, matches, Duration.ofSeconds(20)).stream().filter(matches)
                .findFirst().orElseThrow();
    }

    public static ConsumerRecord<String, String> await(String key, String type) {
        return await(key, type, payload -> true);
    }

    /** The first record about this aggregate (its CloudEvents subject) of this type. */
    public static ConsumerRecord<String, String> awaitSubject(String subject, String type) {
        Predicate<ConsumerRecord<String, String>> matches = r -> subject.equals(TopicClient.header(r, CloudEventHeaders.SUBJECT))
                && type.equals(TopicClient.header(r, CloudEventHeaders.TYPE));
        return TopicClient.awaitRecord(Topics.RESOURCES, matches, Duration.ofSeconds(20)).stream().filter(matches)
                .findFirst().orElseThrow();
    }

    public static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
