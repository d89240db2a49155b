package io.deliveryhub.metrics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Health and the API document stay open; the consumer of project events is part of readiness. */
@QuarkusTest
class OperationalEndpointsTest {

    @Test
    void healthIsOpenAndUpWithTheProjectsConsumer() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", is("UP"), "checks.name", hasItem(containsString("Reactive Messaging")));
        given().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
    }

    @Test
    void openApiDocumentsThePortfolioWithItsExampleAndProblems() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/metrics/portfolio'.get.responses.'200'.content.'application/json'.schema.$ref",
                        is("#/components/schemas/PortfolioKpis"))
                .body("paths.'/api/v1/metrics/portfolio'.get.responses.'401'.content.'application/problem+json'",
                        notNullValue())
                .body("components.schemas.PortfolioKpis.examples[0].projects.byStatus.ACTIVE", is(6));
    }

    @Test
    void openApiDocumentsTelemetryAndDoraWithBandsAndProblems() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/deployments'.post.responses.'201'.content.'application/json'.schema.$ref",
                        is("#/components/schemas/Deployment"))
                .body("paths.'/api/v1/deployments'.post.responses.'200'", notNullValue())
                .body("paths.'/api/v1/deployments'.post.responses.'422'.content.'application/problem+json'",
                        notNullValue())
                .body("paths.'/api/v1/incidents'.post.responses.'201'.content.'application/json'.schema.$ref",
                        is("#/components/schemas/Incident"))
                .body("paths.'/api/v1/metrics/dora'.get.description", containsString("< 24 h elite"))
                .body("paths.'/api/v1/metrics/dora'.get.responses.'400'", notNullValue())
                .body("components.schemas.DoraChangeFailureRate.description", containsString("≤ 15 % medium"))
                .body("components.schemas.RecordDeployment.examples[0].status", is("SUCCESS"));
    }

    @Test
    void openApiDocumentsAlertsAndTheHealthFormula() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/alerts/{id}/acknowledge'.post.responses.'200'.content.'application/json'.schema.$ref",
                        is("#/components/schemas/Alert"))
                .body("paths.'/api/v1/alerts/{id}/acknowledge'.post.responses.'409'", notNullValue())
                .body("paths.'/api/v1/alerts'.get.description", containsString("DORA_CHANGE_FAILURE_RATE"))
                .body("components.schemas.ProjectHealth.description", containsString("GREEN from 80"));
    }
}
