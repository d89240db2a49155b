package io.deliveryhub.resources;

import io.deliveryhub.platform.events.CloudEventHeaders;
import io.deliveryhub.platform.events.Topics;
import io.deliveryhub.testkit.TopicClient;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** What this service has published to {@code deliveryhub.resources.v1}, as an outside consumer reads it. */
public final class PublishedEvents {

    private PublishedEvents() {
    }

    public static ConsumerRecord<String, String> await(String subject, String type) {
        return TopicClient.awaitRecord(Topics.RESOURCES, r -> matches(r, subject, type), Duration.ofSeconds(20))
                .stream().filter(r -> matches(r, subject, type)).findFirst().orElseThrow();
    }

    private static boolean matches(ConsumerRecord<String, String> record, String subject, String type) {
        return subject.equals(TopicClient.header(record, CloudEventHeaders.SUBJECT))
                && type.equals(TopicClient.header(record, CloudEventHeaders.TYPE));
    }
}
