package io.deliveryhub.gateway.warmup;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliveryhub.gateway.ForwardedToken;
import io.deliveryhub.gateway.UpstreamStub;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The warm-up before readiness sends the gateway's own path real requests (switched off in tests). */
@QuarkusTest
class GatewayWarmUpTest {

    private static final String REFUSED_CREATE = "/api/v1/projects";
    private static final String LIST = "/api/v1/projects?size=20";

    @Inject
    GatewayWarmUp warmUp;

    @TestHTTPResource
    URL gateway;

    @AfterEach
    void forgetCannedAnswers() {
        UpstreamStub.CANNED.remove(REFUSED_CREATE);
        UpstreamStub.CANNED.remove(LIST);
    }

    @Test
    void proxiesEveryRoundToProjectsServiceAsAnAdministratorOfItsOwn() throws Exception {
        UpstreamStub.CANNED.put(LIST, UpstreamStub.Canned.json(200, "{\"items\":[]}"));
        UpstreamStub.CANNED.put(REFUSED_CREATE, UpstreamStub.Canned.json(422, "{\"status\":422}"));
        int creates = UpstreamStub.hits("POST " + REFUSED_CREATE);

        GatewayWarmUp.Report report = warmUp.warm(gateway.toURI(), Duration.ofSeconds(60), Duration.ofSeconds(60), 3);

        assertThat(report.failure()).isNull();
        assertThat(report.rounds()).isEqualTo(3);
        assertThat(UpstreamStub.hits("POST " + REFUSED_CREATE) - creates).isEqualTo(3);
        assertThat(ForwardedToken.claims().getString("sub")).isEqualTo("warm-up");
        assertThat(ForwardedToken.claims().getJsonArray("groups")).containsExactly("ADMIN");
    }

    @Test
    void endsAtTheFirstUnexpectedAnswer() throws Exception {
        UpstreamStub.CANNED.put(LIST, UpstreamStub.Canned.json(200, "{\"items\":[]}"));
        UpstreamStub.CANNED.put(REFUSED_CREATE, UpstreamStub.Canned.json(201, "{}"));

        GatewayWarmUp.Report report = warmUp.warm(gateway.toURI(), Duration.ofSeconds(60), Duration.ofSeconds(60), 3);

        assertThat(report.rounds()).isZero();
        assertThat(report.failure()).contains("answered 201 instead of 422");
    }
}
