package io.deliveryhub.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliveryhub.gateway.Callers;
import io.deliveryhub.gateway.UpstreamStub;
import io.quarkus.test.junit.QuarkusTest;
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
    void aTraceBeginsAtTheGatewayWhenTheCallerSentNone() {
        Callers.admin().get("/api/v1/clients").then().statusCode(200);
        assertThat(UpstreamStub.LAST.get().headers().get("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
    }
}
