package io.deliveryhub.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.deliveryhub.gateway.Callers;
import io.deliveryhub.gateway.UpstreamStub;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TraceContextTest {

    private static final String FORMAT = "00-[0-9a-f]{32}-[0-9a-f]{16}-01";
    private static final String CALLERS_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Inject
    InMemorySpanExporter exported;

    @Test
    void theCallersTraceReachesTheServiceWithTheGatewaysSpanAsParent() {
        Callers.admin().header("traceparent", "00-" + CALLERS_TRACE + "-00f067aa0ba902b7-01")
                .get("/api/v1/clients").then().statusCode(200);

        List<String> forwarded = UpstreamStub.LAST.get().headers().getAll("traceparent");
        assertThat(forwarded).singleElement().asString().matches(FORMAT).startsWith("00-" + CALLERS_TRACE + "-");
        String parent = forwarded.get(0).split("-")[2];
        await().atMost(Duration.ofSeconds(5)).until(() -> spanWithId(parent).isPresent());
        SpanData gateway = spanWithId(parent).orElseThrow();
        assertThat(gateway.getKind()).isEqualTo(SpanKind.SERVER);
        assertThat(gateway.getParentSpanId()).as("the caller's span").isEqualTo("00f067aa0ba902b7");
        assertThat(gateway.getAttributes().get(AttributeKey.longKey("http.response.status_code"))).isEqualTo(200L);
        assertThat(gateway.getAttributes().get(AttributeKey.stringKey("http.request.method"))).isEqualTo("GET");
        assertThat(gateway.getAttributes().get(AttributeKey.stringKey("url.path"))).isEqualTo("/api/v1/clients");
    }

    @Test
    void aServiceThatFailsMarksTheGatewaysSpanAsAnError() {
        // the legacy route points at a closed port: the gateway itself answers 503
        Callers.admin().get("/api/v1/legacy/" + UUID.randomUUID()).then().statusCode(503);

        await().atMost(Duration.ofSeconds(5)).until(() -> exported.getFinishedSpanItems().stream()
                .anyMatch(span -> span.getAttributes().get(AttributeKey.stringKey("url.path")).startsWith("/api/v1/legacy/")));
        SpanData gateway = exported.getFinishedSpanItems().stream()
                .filter(span -> span.getAttributes().get(AttributeKey.stringKey("url.path")).startsWith("/api/v1/legacy/"))
                .findFirst().orElseThrow();
        assertThat(gateway.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(gateway.getAttributes().get(AttributeKey.longKey("http.response.status_code"))).isEqualTo(503L);
    }

    @Test
    void aTraceBeginsAtTheGatewayWhenTheCallersIsMalformed() {
        for (String malformed : new String[] { "", "garbage", "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
                "ff-" + CALLERS_TRACE + "-00f067aa0ba902b7-01", "00-" + CALLERS_TRACE + "-0000000000000000-01" }) {
            Callers.admin().header("traceparent", malformed).get("/api/v1/clients").then().statusCode(200);
            assertThat(UpstreamStub.LAST.get().headers().getAll("traceparent")).as(malformed)
                    .singleElement().asString().matches(FORMAT).doesNotContain(CALLERS_TRACE);
        }
    }

    @Test
    void writesOneAccessLogLinePerRequest() {
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                String traceId = record instanceof ExtLogRecord ext ? ext.getMdc("traceId") : null;
                lines.add(record.getMessage() + " " + java.util.Arrays.toString(record.getParameters()) + " trace=" + traceId);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger access = Logger.getLogger("io.deliveryhub.gateway.access");
        access.addHandler(capture);
        try {
            String id = "log-probe-" + UUID.randomUUID();
            Callers.admin().header("X-Request-Id", id).header("traceparent", "00-" + CALLERS_TRACE + "-00f067aa0ba902b7-01")
                    .get("/api/v1/clients").then().statusCode(200);
            await().atMost(Duration.ofSeconds(5)).until(() -> lines.stream().anyMatch(line -> line.contains(id)));
            assertThat(lines.stream().filter(line -> line.contains(id)))
                    .singleElement().asString()
                    .contains("integration:admin", "projects", "/api/v1/clients", "200")
                    .as("the line carries the request's trace").endsWith("trace=" + CALLERS_TRACE);
        } finally {
            access.removeHandler(capture);
        }
    }

    @Test
    void aTraceBeginsAtTheGatewayWhenTheCallerSentNone() {
        Callers.admin().get("/api/v1/clients").then().statusCode(200);
        assertThat(UpstreamStub.LAST.get().headers().getAll("traceparent")).singleElement().asString().matches(FORMAT);
    }

    private Optional<SpanData> spanWithId(String spanId) {
        return exported.getFinishedSpanItems().stream().filter(span -> span.getSpanId().equals(spanId)).findFirst();
    }
}
