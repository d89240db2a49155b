package io.deliveryhub.platform.deadletter;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * The headers of a dead letter. The connector's dead-letter strategy adds {@code dead-letter-reason},
 * {@code dead-letter-cause}, {@code dead-letter-exception-class-name} and where the record came from
 * ({@code dead-letter-topic}, {@code -partition}, {@code -offset}), and keeps the record's own headers (its CloudEvents
 * attributes); we add who parked it, since the services reading one topic share its {@code .dlq}.
 */
public final class DeadLetterHeaders {

    /** The inbox consumer (the read model being fed) that could not apply the record. */
    public static final String CONSUMER = "dead-letter-consumer";
    public static final String SERVICE = "dead-letter-service";
    public static final String REASON = "dead-letter-reason";
    public static final String EXCEPTION = "dead-letter-exception-class-name";
    public static final String ORIGINAL_TOPIC = "dead-letter-topic";
    public static final String ORIGINAL_PARTITION = "dead-letter-partition";
    public static final String ORIGINAL_OFFSET = "dead-letter-offset";

    private DeadLetterHeaders() {
    }

    public static List<RecordHeader> of(String consumer, String service) {
        return List.of(header(CONSUMER, consumer), header(SERVICE, service));
    }

    /** A header's last value as text, or null. */
    public static String read(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static RecordHeader header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
