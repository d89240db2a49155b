package io.deliveryhub.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletionException;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;

class RefusalTest {

    @Test
    void anEventKafkaRefusesForGoodIsARefusalWhereverItIsWrapped() {
        assertThat(Refusal.of(new IllegalStateException("nacked", new RecordTooLargeException("1300000 bytes"))))
                .hasValueSatisfying(refusal -> assertThat(refusal.reason())
                        .isEqualTo("RecordTooLargeException: 1300000 bytes"));
        assertThat(Refusal.of(new CompletionException(new InvalidRecordException("null key on a compacted topic"))))
                .isPresent();
    }

    @Test
    void outagesAndTheClustersOwnFailuresAreNotTheEventsFault() {
        assertThat(Refusal.of(new TimeoutException("Topic not present in metadata after 1000 ms."))).isEmpty();
        assertThat(Refusal.of(new NotEnoughReplicasException("1 of 2"))).isEmpty();
        assertThat(Refusal.of(new TopicAuthorizationException("not allowed"))).isEmpty();
    }
}
