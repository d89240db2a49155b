package io.deliveryhub.projects.project;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lifecycle's prose, in the OpenAPI document and in docs/, is the transition table's, not a copy of it. */
@QuarkusTest
class LifecycleDescriptionTest {

    private static final Path ARCHITECTURE = Path.of("..", "docs", "architecture.md");

    @Test
    void transitionEndpointStatesTheTableBeforeItsGuards() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/projects/{idOrKey}/transitions'.post.description", allOf(
                        startsWith("Allowed moves: PROPOSED → PLANNING, CANCELLED; PLANNING → ACTIVE, CANCELLED; "
                                + "ACTIVE → ON_HOLD, COMPLETED, CANCELLED; ON_HOLD → ACTIVE, CANCELLED; "
                                + "COMPLETED → CLOSED; CLOSED: final; CANCELLED: final. "),
                        containsString("ACTIVE needs a project manager")));
    }

    @Test
    void describesEveryStatusOnceFromTheTable() {
        List<String> lines = ProjectLifecycle.describe();

        assertThat(lines).hasSize(ProjectStatus.values().length);
        for (ProjectStatus status : ProjectStatus.values()) {
            String expected = ProjectLifecycle.isTerminal(status) ? status + ": final"
                    : status + " → " + String.join(", ", ProjectLifecycle.allowedFrom(status).stream().sorted()
                            .map(ProjectStatus::name).toList());
            assertThat(lines).contains(expected);
        }
    }

    @Test
    void architectureDocListsTheTableAsItIs() throws IOException {
        String doc = Files.readString(ARCHITECTURE);
        String section = doc.substring(doc.indexOf("<!-- lifecycle:start -->\n") + "<!-- lifecycle:start -->\n".length(),
                doc.indexOf("<!-- lifecycle:end -->"));

        assertThat(section.lines().toList())
                .isEqualTo(ProjectLifecycle.describe().stream().map(line -> "- " + line).toList());
    }
}
