package io.deliveryhub.projects.crm;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliveryhub.platform.problem.FieldError;
import io.deliveryhub.projects.project.RoleDemand;
import io.deliveryhub.projects.project.RoleDemand.DemandSkill;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemandCheckTest {

    private static final LocalDate FROM = LocalDate.of(2026, 5, 4);

    @Test
    void acceptsARoleOrSkillsForUpToSixtyHoursAWeek() {
        assertThat(DemandCheck.problems(List.of(line("A", "Tester", List.of(), "60"),
                line("B", null, List.of(new DemandSkill("Java", 3)), "0.25")))).isEmpty();
    }

    @Test
    void namesEachBadField() {
        assertThat(DemandCheck.problems(List.of(line("A", " ", List.of(new DemandSkill("Java", 3)), "8"))))
                .extracting(FieldError::field)
                .containsExactly("demand[0].role");
        assertThat(DemandCheck.problems(List.of(line("A", "Tester", List.of(), "60.01"))))
                .extracting(FieldError::field).containsExactly("demand[0].hoursPerWeek");
        assertThat(DemandCheck.problems(List.of(line("A", "Tester", List.of(new DemandSkill("Java", null)), "8"))))
                .extracting(FieldError::field).containsExactly("demand[0].skills[0].minLevel");
        assertThat(DemandCheck.problems(List.of(new RoleDemand("A", "Tester", null, BigDecimal.TEN, FROM, null))))
                .extracting(FieldError::field).containsExactly("demand[0].to");
    }

    @Test
    void keepsTextStrippedAndHoursAtTwoDecimals() {
        RoleDemand kept = DemandCheck.normalised(List.of(new RoleDemand(" A ", " Tester ", null, new BigDecimal("8.5"),
                FROM, FROM))).get(0);
        assertThat(kept).isEqualTo(new RoleDemand("A", "Tester", List.of(), new BigDecimal("8.50"), FROM, FROM));
    }

    private static RoleDemand line(String id, String role, List<DemandSkill> skills, String hours) {
        return new RoleDemand(id, role, skills, new BigDecimal(hours), FROM, FROM.plusWeeks(4));
    }
}
