package io.deliveryhub.gateway;

import io.deliveryhub.testkit.DeliveryHubTestResource;
import io.quarkus.test.common.QuarkusTestResource;

/** Every @QuarkusTest of this module runs against the test kit's real PostgreSQL, and the upstream stub. */
@QuarkusTestResource(DeliveryHubTestResource.class)
@QuarkusTestResource(UpstreamStub.class)
public class TestInfrastructure {
}
