package io.deliveryhub.resources.timeentry;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliveryhub.platform.problem.Conflict;
import io.deliveryhub.platform.problem.ProjectEndedProblem;
import io.deliveryhub.platform.problem.Unprocessable;
import io.deliveryhub.resources.person.ActivePeriod;
import io.deliveryhub.resources.timeentry.TimeEntryRules.PersonOnFile;
import io.deliveryhub.resources.timeentry.TimeEntryRules.ProjectOnFile;
import io.deliveryhub.resources.timeentry.TimeEntryRules.Refusal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeEntryRulesTest {

    private static final UUID PERSON = UUID.fromString("0b7d6c1e-3f52-4a8e-9d0b-2a9c4c7e5f10");
    private static final UUID PROJECT = UUID.fromString("3d0f4a5e-2b8c-4f1a-9e6d-7c5b4a3f2e10");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final PersonOnFile ANN = new PersonOnFile("Ann Lee", new ActivePeriod(null, null));
    private static final ProjectOnFile OPEN = new ProjectOnFile(PROJECT, "PAY", "ACTIVE", false);

    private static Optional<Refusal> admits(PersonOnFile person, ProjectOnFile project, LocalDate date) {
        return TimeEntryRules.admits(PERSON, person, PROJECT, project, date);
    }

    @Test
    void admitsAnActivePersonOnAnOpenProject() {
        assertThat(admits(ANN, OPEN, DAY)).isEmpty();
        assertThat(admits(ANN, new ProjectOnFile(PROJECT, "PAY", "PROPOSED", false), DAY)).isEmpty();
        assertThat(admits(ANN, new ProjectOnFile(PROJECT, "PAY", "ON_HOLD", false), DAY)).isEmpty();
    }

    @Test
    void refusesAnUnknownPersonBeforeAnythingElse() {
        assertThat(admits(null, null, DAY)).contains(new Refusal(422, "unknown-person",
                "personId 0b7d6c1e-3f52-4a8e-9d0b-2a9c4c7e5f10 is not a known person"));
    }

    @Test
    void refusesAnUnknownProject() {
        assertThat(admits(ANN, null, DAY)).contains(new Refusal(422, "unknown-project",
                "projectId 3d0f4a5e-2b8c-4f1a-9e6d-7c5b4a3f2e10 is not a known project: projects become known to"
                        + " resources-service from projects-service events"));
    }

    @Test
    void refusesTimeOnClosedAndCancelledProjects() {
        ProjectOnFile closed = new ProjectOnFile(PROJECT, "PAY", "CLOSED", true);
        assertThat(admits(ANN, closed, DAY)).contains(new Refusal(422, "project-ended",
                "Project PAY is CLOSED and takes no more time entries", closed));
        assertThat(admits(ANN, new ProjectOnFile(PROJECT, "PAY", "CANCELLED", true), DAY)).map(Refusal::type)
                .contains("project-ended");
    }

    @Test
    void refusesDaysOutsideThePersonsActiveDatesTheirEndsIncluded() {
        PersonOnFile march = new PersonOnFile("Ann Lee", new ActivePeriod(DAY, LocalDate.of(2026, 3, 31)));
        assertThat(admits(march, OPEN, DAY)).isEmpty();
        assertThat(admits(march, OPEN, LocalDate.of(2026, 3, 31))).isEmpty();
        assertThat(admits(march, OPEN, DAY.minusDays(1))).contains(new Refusal(422, "person-inactive",
                "Ann Lee is active from 2026-03-02 to 2026-03-31; a time entry on 2026-03-01 lies outside that period."
                        + " Change the dates, or the person's activeFrom/activeTo"));
        assertThat(admits(march, OPEN, LocalDate.of(2026, 4, 1))).map(Refusal::type).contains("person-inactive");
    }

    @Test
    void aClosedProjectIsNamedBeforeAnInactivePerson() {
        PersonOnFile gone = new PersonOnFile("Ann Lee", new ActivePeriod(null, DAY.minusDays(1)));
        assertThat(admits(gone, new ProjectOnFile(PROJECT, "PAY", "CLOSED", true), DAY)).map(Refusal::type)
                .contains("project-ended");
    }

    @Test
    void aDayHoldsAtMost24Hours() {
        assertThat(TimeEntryRules.fitsDay(DAY, new BigDecimal("16"), new BigDecimal("8"))).isEmpty();
        assertThat(TimeEntryRules.fitsDay(DAY, BigDecimal.ZERO, new BigDecimal("24.00"))).isEmpty();
        assertThat(TimeEntryRules.fitsDay(DAY, new BigDecimal("16.00"), new BigDecimal("8.01"))).contains(
                new Refusal(409, "day-over-24-hours", "The person would have 24.01 h on 2026-03-02 (16 h already"
                        + " logged); a day holds at most 24 h, so at most 8 h more can be logged"));
    }

    @Test
    void aFullDayTakesNoMoreHours() {
        assertThat(TimeEntryRules.fitsDay(DAY, new BigDecimal("24"), new BigDecimal("0.25"))).map(Refusal::detail)
                .hasValueSatisfying(detail -> assertThat(detail).endsWith("so at most 0 h more can be logged"));
    }

    @Test
    void aRefusalIsTheProblemOfItsStatus() {
        assertThat(new Refusal(409, "day-over-24-hours", "full").problem()).isInstanceOf(Conflict.class)
                .hasMessage("full");
        assertThat(new Refusal(422, "person-inactive", "gone").problem()).isInstanceOf(Unprocessable.class)
                .satisfies(problem -> assertThat(problem.type()).isEqualTo("person-inactive"));
        ProjectOnFile closed = new ProjectOnFile(PROJECT, "PAY", "CLOSED", true);
        assertThat(new Refusal(422, "project-ended", "closed", closed).problem())
                .isInstanceOf(ProjectEndedProblem.class).satisfies(problem -> {
                    assertThat(problem.type()).isEqualTo("project-ended");
                    assertThat(problem.status()).isEqualTo(422);
                });
    }
}
