package io.deliveryhub.platform.outbox;

import java.util.Optional;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Why Kafka will never take an event, however often it is sent. Only failures of the event itself count: other
 * non-retriable errors (authorization, a fenced producer) are the cluster's or the producer's, and parking on them
 * would park every event; those stay in the outbox like an outage until the cause is fixed.
 */
record Refusal(String reason) {

    static Refusal tooLarge(long recordBytes, int maxBytes) {
        return new Refusal("RecordTooLarge: the event is " + recordBytes + " bytes as a Kafka record, above "
                + "deliveryhub.events.max-bytes (" + maxBytes + ")");
    }

    /** The refusal a failed send stands for, or empty when the failure may pass (an outage, a timeout). */
    static Optional<Refusal> of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RecordTooLargeException || cause instanceof RecordBatchTooLargeException
                    || cause instanceof InvalidRecordException || cause instanceof InvalidTopicException
                    || cause instanceof SerializationException) {
                return Optional.of(new Refusal(cause.getClass().getSimpleName() + ": " + cause.getMessage()));
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
