package io.deliveryhub.projects.crm;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliveryhub.projects.project.ProjectKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProjectKeysTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Acme payments platform|ACME-PAYMENTS-PLATFORM",
            "  acme -- payments!! |ACME-PAYMENTS",
            "Café Übung 2026|CAFE-UBUNG-2026",
            "2026 roll-out|P-2026-ROLL-OUT",
            "X|X-P",
            "!!!|CRM",
            "日本語|CRM" })
    void makesAValidKeyFromTheName(String name, String key) {
        assertThat(ProjectKeys.base(name)).isEqualTo(key).matches(ProjectKey.PATTERN);
    }

    @Test
    void shortensLongNamesLeavingRoomForANumber() {
        String key = ProjectKeys.base("Enterprise resource planning migration for the northern region");
        assertThat(key).hasSizeLessThanOrEqualTo(28).doesNotEndWith("-").startsWith("ENTERPRISE-RESOURCE");
        assertThat(ProjectKeys.candidate(key, 999)).hasSizeLessThanOrEqualTo(32).matches(ProjectKey.PATTERN);
    }

    @Test
    void numbersTheCandidatesAfterTheFirst() {
        assertThat(ProjectKeys.candidate("ACME", 1)).isEqualTo("ACME");
        assertThat(ProjectKeys.candidate("ACME", 2)).isEqualTo("ACME-2");
        assertThat(ProjectKeys.candidate("ACME", 10)).isEqualTo("ACME-10");
    }
}
