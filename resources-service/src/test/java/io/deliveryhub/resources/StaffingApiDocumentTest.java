package io.deliveryhub.resources;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document describes allocations, availability, resource requests and capacity; utilization and bench
 * are delivery-metrics' (docs/architecture.md#one-owner-per-figure).
 */
@QuarkusTest
class StaffingApiDocumentTest {

    @Test
    void documentsAllocationsRequestsAndCapacityButNotTheBench() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/allocations'.post.responses.'201'.content.'application/json'.schema.$ref",
                        is("#/components/schemas/Allocation"))
                .body("paths.'/api/v1/allocations'.post.responses.'409'.content.'application/problem+json'.examples.overallocation",
                        notNullValue())
                .body("paths.'/api/v1/allocations'.post.responses.'422'", notNullValue())
                .body("paths.'/api/v1/allocations'.post.parameters.name", hasItem("allowOverallocation"))
                .body("paths.'/api/v1/allocations/{id}'.patch.responses.'412'", notNullValue())
                .body("paths.'/api/v1/allocations/{id}'.patch.responses.'428'", notNullValue())
                .body("paths.'/api/v1/allocations/{id}'.delete.responses.'204'", notNullValue())
                .body("paths.'/api/v1/people/{id}/availability'.get.responses.'200'", notNullValue())
                .body("paths.'/api/v1/resource-requests'.post.responses.'201'.content.'application/json'.schema.$ref",
                        is("#/components/schemas/ResourceRequest"))
                .body("paths.'/api/v1/resource-requests/{id}/candidates'.get.responses.'200'", notNullValue())
                .body("paths.'/api/v1/resource-requests/{id}/fill'.post.responses.'409'", notNullValue())
                .body("paths.'/api/v1/capacity'.get.responses.'400'", notNullValue())
                .body("paths.'/api/v1/bench'", nullValue())
                .body("paths.'/api/v1/utilization'", nullValue())
                .body("components.schemas.CreateAllocation.examples[0].booking", is("HARD"))
                .body("components.schemas.CreateResourceRequest.examples[0].requiredSkills[0].skill", is("Java"));
    }
}
