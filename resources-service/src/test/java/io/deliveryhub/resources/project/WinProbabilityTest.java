package io.deliveryhub.resources.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The win probability a project event may carry, as the staffing forecast reads it. */
class WinProbabilityTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Test
    void readsAFractionOrAPercentage() {
        assertThat(KnownProjects.probability(JSON.numberNode(0.4))).isEqualByComparingTo("0.4");
        assertThat(KnownProjects.probability(JSON.numberNode(40))).isEqualByComparingTo("0.4");
        assertThat(KnownProjects.probability(JSON.numberNode(new BigDecimal("100")))).isEqualByComparingTo("1");
        assertThat(KnownProjects.probability(JSON.numberNode(1))).isEqualByComparingTo("1");
        assertThat(KnownProjects.probability(JSON.numberNode(0))).isEqualByComparingTo("0");
    }

    @Test
    void treatsAnythingElseAsUnknown() {
        assertThat(KnownProjects.probability(null)).isNull();
        assertThat(KnownProjects.probability(JSON.nullNode())).isNull();
        assertThat(KnownProjects.probability(JSON.textNode("high"))).isNull();
        assertThat(KnownProjects.probability(JSON.numberNode(-5))).isNull();
        assertThat(KnownProjects.probability(JSON.numberNode(250))).isNull();
    }
}
