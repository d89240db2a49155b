package io.deliveryhub.projects;

import io.deliveryhub.platform.events.CloudEventHeaders;
import io.deliveryhub.platform.events.Topics;
import io.deliveryhub.testkit.EventSchemas;
import io.deliveryhub.testkit.TopicClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;

/** Reads what this service really published to its topic, and checks it against the event's schema. */
public final class PublishedEvents {

    private PublishedEvents() {
    }

    /** The events of a type about a subject, once at least {@code count} of them are out; each schema-checked. */
    public static List<ConsumerRecord<String, String>> await(String subject, String type, int count) {
        Predicate<ConsumerRecord<String, String>> matches = r -> subject.equals(TopicClient.header(r, CloudEventHeaders.SUBJECT))
                && type.equals(TopicClient.header(r, CloudEventHeaders.TYPE));
        AtomicReference<List<ConsumerRecord<String, String>>> found = new AtomicReference<>(List.of());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            found.set(TopicClient.awaitRecords(Topics.PROJECTS,
                    seen -> seen.stream().filter(matches).count() >= count, Duration.ofSeconds(20)).stream()
                    .filter(matches).toList());
            return found.get().size() >= count;
        });
        found.get().forEach(r -> EventSchemas.assertValid(type, r.value()));
        return found.get();
    }

    /** The latest event of a type about a subject, schema-checked. */
    public static ConsumerRecord<String, String> await(String subject, String type) {
        List<ConsumerRecord<String, String>> found = await(subject, type, 1);
        return found.get(found.size() - 1);
    }

    /** Every event published about a subject so far (waiting for at least one), of any type. */
    public static List<ConsumerRecord<String, String>> about(String subject) {
        Predicate<ConsumerRecord<String, String>> matches = r -> subject.equals(TopicClient.header(r, CloudEventHeaders.SUBJECT));
        return TopicClient.awaitRecord(Topics.PROJECTS, matches, Duration.ofSeconds(20)).stream().filter(matches).toList();
    }
}
