package io.deliveryhub.projects;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Health, metrics and the API document stay open; everything under /api needs a token. */
@QuarkusTest
class OperationalEndpointsTest {

    @Test
    void healthIsOpenAndUp() {
        given().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
        given().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
    }

    @Test
    void metricsAreOpenAndIncludeTheOutbox() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("deliveryhub_outbox_published"));
    }

    @Test
    void requestLatenciesArePublishedAsAHistogramWithBoundedBuckets() {
        given().get("/api/v1/projects").then().statusCode(401);

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        List<String> buckets = metrics.lines()
                .filter(line -> line.startsWith("http_server_requests_seconds_bucket{") && line.contains("uri=\"/api/v1/projects\""))
                .toList();
        assertThat(buckets).anyMatch(line -> line.contains("le=\"0.1\"") && line.contains("status=\"401\""));
        assertThat(buckets.stream().filter(line -> line.contains("status=\"401\"") && line.contains("method=\"GET\"")))
                .as("eleven boundaries and +Inf per series, not a full percentile histogram").hasSize(12);
    }

    @Test
    void openApiDocumentsEndpointsWithProblemResponses() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/projects'.post.responses.'201'.content.'application/json'.schema.$ref",
                        is("#/components/schemas/Project"))
                .body("paths.'/api/v1/projects'.get.responses.'401'.content.'application/problem+json'", notNullValue())
                .body("paths.'/api/v1/projects'.post.responses.'409'.content.'application/problem+json'.schema.$ref",
                        is("#/components/schemas/Problem"))
                .body("paths.'/api/v1/projects/{idOrKey}'.get.responses.'404'", notNullValue())
                .body("components.schemas.Problem.properties.errors.type", is("array"))
                .body("components.schemas.CreateProject.examples[0].key", is("ACME-PAY"))
                .body("paths.'/api/v1/projects/{idOrKey}'.patch.responses.'412'.content.'application/problem+json'", notNullValue())
                .body("paths.'/api/v1/projects/{idOrKey}'.patch.responses.'428'", notNullValue())
                .body("paths.'/api/v1/projects/{idOrKey}'.patch.requestBody.content.'application/merge-patch+json'", notNullValue())
                .body("paths.'/api/v1/projects/{idOrKey}/transitions'.post.responses.'409'", notNullValue())
                .body("paths.'/api/v1/projects/{idOrKey}/baselines'.get.responses.'200'", notNullValue())
                .body("paths.'/api/v1/projects/{idOrKey}/closure-review'.put.responses.'201'", notNullValue())
                .body("paths.'/api/v1/projects/{idOrKey}/change-requests/{crId}/decision'.post.responses.'403'", notNullValue())
                .body("paths.'/api/v1/clients/external/{system}/{externalId}'.put.responses.'201'", notNullValue())
                .body("paths.'/api/v1/clients/{id}'.patch.responses.'428'", notNullValue())
                .body("paths.'/api/v1/integrations/crm/opportunities'.post.responses.'200'.content.'application/json'.schema.$ref",
                        is("#/components/schemas/CrmOpportunityImported"))
                .body("components.schemas.Project.examples[0].key", is("ACME-PAY"))
                .body("components.schemas.Transition.examples[0].to", is("ACTIVE"))
                .body("components.schemas.CrmOpportunity.examples[0].stage", is("NEGOTIATION"));
    }
}
