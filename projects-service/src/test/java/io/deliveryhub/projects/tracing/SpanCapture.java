package io.deliveryhub.projects.tracing;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Every span the service ends, kept in memory for the tests (Quarkus exports to each SpanExporter bean). */
@ApplicationScoped
public class SpanCapture {

    @Produces
    @Singleton
    InMemorySpanExporter spans() {
        return InMemorySpanExporter.create();
    }
}
