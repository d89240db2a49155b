package io.deliveryhub.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.deliveryhub.gateway.Callers;
import io.deliveryhub.gateway.UpstreamStub;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TraceContextTest {

    @Test
    void theCallersTraceReachesTheService() {
        Callers.admin().header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
                .get("/api/v1/clients").then().statusCode(200);
        assertThat(UpstreamStub.LAST.get().headers().get("traceparent"))
                .startsWith("00-4bf92f3577b34da6a3ce929d0e0e4736-").doesNotContain("00f067aa0ba902b7");
    }

    @Test
    void writesOneAccessLogLinePerRequest() {
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record.getMessage() + " " + java.util.Arrays.toString(record.getParameters()));
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
            Callers.admin().header("X-Request-Id", id).get("/api/v1/clients").then().statusCode(200);
            await().atMost(Duration.ofSeconds(5)).until(() -> lines.stream().anyMatch(line -> line.contains(id)));
            assertThat(lines.stream().filter(line -> line.contains(id)))
                    .singleElement().asString()
                    .contains("integration:admin", "projects", "/api/v1/clients", "200");
        } finally {
            access.removeHandler(capture);
        }
    }

    @Test
    void aTraceBeginsAtTheGatewayWhenTheCallerSentNone() {
        Callers.admin().get("/api/v1/clients").then().statusCode(200);
        assertThat(UpstreamStub.LAST.get().headers().get("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
    }
}
