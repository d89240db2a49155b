package io.deliveryhub.resources.outbox;

import static io.deliveryhub.platform.security.Roles.ADMIN;
import static io.deliveryhub.platform.security.Roles.DELIVERY_MANAGER;
import static io.deliveryhub.platform.security.Roles.INTEGRATION_TIMESHEETS;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;

import io.deliveryhub.testkit.Api;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The platform's parked-events resource, mounted under this service's admin prefix. */
@QuarkusTest
class ParkedEventsResourceTest {

    private static final String PARKED = "/api/v1/admin/resources/outbox/parked";

    @Test
    void listsParkedEventsToAdminOnly() {
        Api.as(ADMIN).get(PARKED).then().statusCode(200)
                .body("page", is(0), "size", is(50), "total", greaterThanOrEqualTo(0));
        Api.as(DELIVERY_MANAGER).get(PARKED).then().statusCode(403).contentType("application/problem+json");
        Api.as(INTEGRATION_TIMESHEETS).get(PARKED).then().statusCode(403);
        Api.anonymous().get(PARKED).then().statusCode(401).contentType("application/problem+json")
                .body("type", endsWith("/unauthorized"));
    }

    @Test
    void requeuingAnEventThatIsNotParkedIsNotFound() {
        Api.as(ADMIN).post(PARKED + "/{id}/requeue", java.util.UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("type", endsWith("/not-found"));
    }
}
