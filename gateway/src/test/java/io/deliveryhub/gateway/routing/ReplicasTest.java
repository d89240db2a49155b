package io.deliveryhub.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import io.deliveryhub.gateway.Callers;
import io.deliveryhub.gateway.UpstreamStub;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReplicasTest {

    @Inject
    Upstreams upstreams;

    @Test
    void spreadsRequestsOverEveryReplicaInTurn() {
        List<String> answeredBy = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            answeredBy.add(Callers.admin().get("/api/v1/alerts").then().statusCode(200)
                    .extract().header(UpstreamStub.INSTANCE_HEADER));
        }
        assertThat(answeredBy).containsOnly("delivery-metrics-1", "delivery-metrics-2");
        assertThat(answeredBy).filteredOn("delivery-metrics-1"::equals).hasSize(2);
    }

    @Test
    void aReplicaThatIsDownLeavesItsRequestsToTheOthersAndOpensOnlyItsOwnBreaker() {
        for (int i = 0; i < 8; i++) {
            Callers.admin().get("/api/v1/replicated/" + i).then().statusCode(200)
                    .header(UpstreamStub.INSTANCE_HEADER, "replicated-2")
                    .body("path", is("/api/v1/replicated/" + i));
        }
        List<Replica> replicas = upstreams.named("replicated").replicas();
        assertThat(replicas.get(0).breaker().state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(replicas.get(1).breaker().state()).isEqualTo(CircuitBreaker.State.CLOSED);
        // with the dead replica's breaker open, writes (never retried) go to the live one only
        for (int i = 0; i < 4; i++) {
            Callers.admin().contentType("application/json").body("{}").post("/api/v1/replicated")
                    .then().statusCode(200).header(UpstreamStub.INSTANCE_HEADER, "replicated-2");
        }
    }
}
