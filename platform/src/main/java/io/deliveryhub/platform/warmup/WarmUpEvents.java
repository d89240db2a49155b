package io.deliveryhub.platform.warmup;

import io.deliveryhub.platform.events.CloudEventHeaders;
import io.deliveryhub.platform.events.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Records as the consumers receive them, for warm-ups that apply them in a transaction that is rolled back. */
public final class WarmUpEvents {

    private WarmUpEvents() {
    }

    /** A new project's {@code project.created}, as projects-service publishes it (a new id each time). */
    public static ConsumerRecord<String, String> projectCreated(String currency) {
        UUID project = UUID.randomUUID();
        Instant now = Instant.now();
        String payload = """
                {"version":1,"actor":"warm-up","state":{"id":"%s","key":"WARM-UP","name":"Warm-up project",
                 "clientId":"%s","status":"PROPOSED","plannedStart":"2026-01-05","plannedEnd":"2026-04-05",
                 "currency":"%s","budget":{"amount":"50000.00","currency":"%s"},"budgetHours":null,"practice":null,
                 "projectManagerId":null,"deliveryManagerId":null,"deliveryLeadId":null,"tags":[],"version":1,
                 "createdAt":"%s","updatedAt":"%s"}}""".formatted(project, UUID.randomUUID(), currency, currency, now, now);
        ConsumerRecord<String, String> record = new ConsumerRecord<>(Topics.PROJECTS, 0, 0, project.toString(), payload);
        header(record, CloudEventHeaders.ID, UUID.randomUUID().toString());
        header(record, CloudEventHeaders.TYPE, "deliveryhub.project.created.v1");
        header(record, CloudEventHeaders.SOURCE, "projects-service");
        header(record, CloudEventHeaders.SUBJECT, project.toString());
        header(record, CloudEventHeaders.TIME, now.toString());
        return record;
    }

    private static void header(ConsumerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
