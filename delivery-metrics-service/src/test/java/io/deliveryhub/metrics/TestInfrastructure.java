package io.deliveryhub.metrics;

import io.deliveryhub.testkit.DeliveryHubTestResource;
import io.quarkus.test.common.QuarkusTestResource;

/** Every @QuarkusTest of this module runs against the test kit's real PostgreSQL and Kafka. */
@QuarkusTestResource(DeliveryHubTestResource.class)
public class TestInfrastructure {
}
