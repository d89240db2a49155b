package io.deliveryhub.metrics.projectkpi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import io.deliveryhub.metrics.kpi.ProjectHealth;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The health rules' prose, in the OpenAPI document and in docs/, is built from ProjectHealth's tables. */
@QuarkusTest
class HealthDescriptionTest {

    private static final Path KPIS = Path.of("..", "docs", "kpis.md");

    @Test
    void openApiDescribesHealthFromTheTables() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("components.schemas.ProjectHealth.description", is(ProjectHealth.description()));
    }

    @Test
    void descriptionStatesEachThresholdOfTheTables() {
        assertThat(ProjectHealth.description())
                .contains("cpi: ≥ 0.95 → 0, < 0.95 → −10, < 0.90 → −25")
                .contains("riskExposure (sum of the scores of open risks): < 20 → 0, ≥ 20 → −10, ≥ 40 → −20")
                .contains("budgetBurnVsProgress (AC/BAC − percent complete): ≤ 0.10 → 0, > 0.10 → −10, > 0.20 → −20")
                .contains("csat: ≥ 4 → 0, < 4 → −5, < 3 → −15")
                .contains("rag (latest status report): GREEN 0, AMBER −10, RED −25")
                .contains("overdueMilestones: −10 each, at most −30")
                .contains("GREEN from 80, AMBER from 60, else RED");
    }

    @Test
    void kpisDocStatesTheRulesAsTheCodeDescribesThem() throws IOException {
        String doc = Files.readString(KPIS);
        String section = doc.substring(doc.indexOf("<!-- health:start -->\n") + "<!-- health:start -->\n".length(),
                doc.indexOf("<!-- health:end -->"));

        assertThat(section.strip()).isEqualTo(ProjectHealth.description());
    }
}
