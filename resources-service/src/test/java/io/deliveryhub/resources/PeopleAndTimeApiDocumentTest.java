package io.deliveryhub.resources;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The OpenAPI document describes the people and time endpoints with their schemas and errors. */
@QuarkusTest
class PeopleAndTimeApiDocumentTest {

    @Test
    void documentsPeopleAndTimeEntries() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/people'.post.responses.'201'.content.'application/json'.schema.$ref",
                        is("#/components/schemas/Person"))
                .body("paths.'/api/v1/people'.post.responses.'409'.content.'application/problem+json'", notNullValue())
                .body("paths.'/api/v1/people/{id}'.patch.responses.'412'", notNullValue())
                .body("paths.'/api/v1/people/{personId}/rates'.post.responses.'422'", notNullValue())
                .body("paths.'/api/v1/time-entries'.post.responses.'201'.content.'application/json'.schema.$ref",
                        is("#/components/schemas/TimeEntry"))
                .body("paths.'/api/v1/time-entries/batch'.post.responses.'200'.content.'application/json'.schema.$ref",
                        is("#/components/schemas/TimeEntryImportReport"))
                .body("paths.'/api/v1/time-entries/{id}/decision'.post.responses.'409'", notNullValue())
                .body("paths.'/api/v1/skills'", notNullValue())
                .body("paths.'/api/v1/people/{personId}/skills/{skillId}'.put", notNullValue())
                .body("paths.'/api/v1/people/{personId}/time-off'.post", notNullValue())
                .body("paths.'/api/v1/people/{personId}/certifications'.post", notNullValue())
                .body("components.schemas.PersonDetails.examples[0].name", is("Jane Doe"))
                .body("components.schemas.NewTimeEntry.examples[0].hours", is(7.5f));
    }
}
