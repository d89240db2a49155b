package io.deliveryhub.platform.tracing;

import io.deliveryhub.platform.events.IncomingEvent;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.smallrye.reactive.messaging.TracingMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Carries a request's trace across the outbox and Kafka, where no instrumentation can follow it: the outbox row keeps
 * the {@code traceparent} of the change that wrote it, the relay's send continues that trace (Kafka's instrumentation
 * then puts it in the record's headers), and a consumer applies the record in a span of the same trace.
 */
@ApplicationScoped
public class EventTraces {

    public static final String TRACEPARENT = "traceparent";

    private final TextMapPropagator propagator;
    private final Tracer tracer;

    public EventTraces(OpenTelemetry openTelemetry) {
        this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
        this.tracer = openTelemetry.getTracer("io.deliveryhub.platform");
    }

    /** The W3C {@code traceparent} of the current span, to keep with an outbox row; null outside any trace. */
    public String currentTraceparent() {
        Map<String, String> carrier = new HashMap<>(2);
        propagator.inject(Context.current(), carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /** What makes the Kafka send of a stored event a step of the trace that wrote it (a new trace without one). */
    public TracingMetadata continuing(String traceparent) {
        Context stored = traceparent == null ? Context.root()
                : propagator.extract(Context.root(), Map.of(TRACEPARENT, traceparent), MapGetter.INSTANCE);
        return TracingMetadata.withCurrent(stored);
    }

    /**
     * Runs a consumer's work on one record in a span whose parent is the trace the record carries, so the work and its
     * logs belong to the request that caused the event.
     */
    public <T> T consuming(String consumer, ConsumerRecord<String, String> record, IncomingEvent event,
            Supplier<T> work) {
        Context parent = propagator.extract(Context.root(), record, RecordGetter.INSTANCE);
        Span span = tracer.spanBuilder(record.topic() + " process")
                .setParent(parent)
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.destination.partition.id", String.valueOf(record.partition()))
                .setAttribute("messaging.kafka.offset", record.offset())
                .setAttribute("messaging.consumer.group.name", consumer)
                .setAttribute("cloudevents.event_id", event.id().toString())
                .setAttribute("cloudevents.event_type", event.type())
                .setAttribute("cloudevents.event_subject", event.subject())
                .startSpan();
        try (Scope ignored = span.makeCurrent()) {
            return work.get();
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR);
            throw e;
        } finally {
            span.end();
        }
    }

    private enum MapGetter implements TextMapGetter<Map<String, String>> {
        INSTANCE;

        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    }

    private enum RecordGetter implements TextMapGetter<ConsumerRecord<String, String>> {
        INSTANCE;

        @Override
        public Iterable<String> keys(ConsumerRecord<String, String> record) {
            return StreamSupport.stream(record.headers().spliterator(), false).map(Header::key).toList();
        }

        @Override
        public String get(ConsumerRecord<String, String> record, String key) {
            Header header = record == null ? null : record.headers().lastHeader(key);
            return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    }
}
