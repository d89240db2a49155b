package io.deliveryhub.projects.tracing;

import io.deliveryhub.platform.events.Topics;
import io.deliveryhub.platform.inbox.BatchedInbox;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * A consumer of this service's own topic, as the other services consume it (batches through the platform's inbox), so
 * that one test sees a request's trace reach a consumer's work.
 */
@ApplicationScoped
public class TraceProbe {

    static final String CONSUMER = "projects.trace-probe";
    private static final String CHANNEL = "trace-probe";

    private final BatchedInbox inbox;

    public TraceProbe(BatchedInbox inbox) {
        this.inbox = inbox;
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> records) {
        return inbox.handleAll(CONSUMER, records, event -> {
        });
    }

    /** The probe's channel, for every test of the module (the probe is deployed in all of them). */
    public static class Channel implements QuarkusTestResourceLifecycleManager {

        private static final String PREFIX = "mp.messaging.incoming." + CHANNEL + ".";

        @Override
        public Map<String, String> start() {
            return Map.of(
                    PREFIX + "connector", "smallrye-kafka",
                    PREFIX + "topic", Topics.PROJECTS,
                    PREFIX + "group.id", "projects-service.trace-probe",
                    PREFIX + "auto.offset.reset", "earliest",
                    PREFIX + "key.deserializer", "org.apache.kafka.common.serialization.StringDeserializer",
                    PREFIX + "value.deserializer", "org.apache.kafka.common.serialization.StringDeserializer",
                    PREFIX + "failure-strategy", "ignore",
                    PREFIX + "batch", "true");
        }

        @Override
        public void stop() {
        }
    }
}
