package io.deliveryhub.projects.milestone;

import static io.deliveryhub.projects.milestone.MilestoneStatus.*;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deliveryhub.platform.problem.BadRequest;
import io.deliveryhub.platform.problem.Conflict;
import io.deliveryhub.platform.problem.ProblemException;
import io.deliveryhub.platform.problem.ProjectEndedProblem;
import io.deliveryhub.projects.project.ProjectStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class MilestoneRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @ParameterizedTest
    @CsvSource({ "PLANNED,IN_PROGRESS", "IN_PROGRESS,PLANNED", "DONE,IN_PROGRESS", "DONE,PLANNED",
            "PLANNED,PLANNED", "WAIVED,WAIVED", "DONE,DONE" })
    void allowsProgressEditsAndReopeningAnUnacceptedMilestone(MilestoneStatus from, MilestoneStatus to) {
        assertThatCode(() -> MilestoneRules.requireEdit(from, to, false)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @CsvSource({ "PLANNED,DONE", "IN_PROGRESS,DONE", "PLANNED,WAIVED", "IN_PROGRESS,WAIVED", "DONE,WAIVED",
            "WAIVED,PLANNED", "WAIVED,IN_PROGRESS", "WAIVED,DONE" })
    void refusesEditsThatSkipTheCommands(MilestoneStatus from, MilestoneStatus to) {
        assertThatThrownBy(() -> MilestoneRules.requireEdit(from, to, false)).isInstanceOf(Conflict.class)
                .extracting(e -> ((ProblemException) e).type()).isEqualTo("illegal-milestone-transition");
    }

    @Test
    void refusesReopeningAnAcceptedMilestone() {
        assertThatThrownBy(() -> MilestoneRules.requireEdit(DONE, IN_PROGRESS, true)).isInstanceOf(Conflict.class)
                .hasMessageContaining("accepted");
    }

    @Test
    void freezesAcceptedAndWaivedMilestones() {
        assertThatCode(() -> MilestoneRules.requireEditable(DONE, false)).doesNotThrowAnyException();
        assertThatThrownBy(() -> MilestoneRules.requireEditable(DONE, true)).hasMessageContaining("accepted");
        assertThatThrownBy(() -> MilestoneRules.requireEditable(WAIVED, false)).hasMessageContaining("WAIVED");
    }

    @ParameterizedTest
    @EnumSource(value = MilestoneStatus.class, names = { "PLANNED", "IN_PROGRESS" })
    void completesAnOpenMilestoneOnOrBeforeToday(MilestoneStatus status) {
        assertThatCode(() -> MilestoneRules.requireCompletable(status, TODAY, TODAY)).doesNotThrowAnyException();
        assertThatCode(() -> MilestoneRules.requireCompletable(status, TODAY.minusDays(30), TODAY))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(value = MilestoneStatus.class, names = { "DONE", "WAIVED" })
    void refusesCompletingAClosedMilestone(MilestoneStatus status) {
        assertThatThrownBy(() -> MilestoneRules.requireCompletable(status, TODAY, TODAY)).isInstanceOf(Conflict.class)
                .hasMessageContaining(status.name());
    }

    @Test
    void refusesACompletionDateInTheFuture() {
        assertThatThrownBy(() -> MilestoneRules.requireCompletable(PLANNED, TODAY.plusDays(1), TODAY))
                .isInstanceOf(BadRequest.class).hasMessageContaining("completedOn");
    }

    @ParameterizedTest
    @EnumSource(MilestoneStatus.class)
    void waivesOnlyOpenMilestones(MilestoneStatus status) {
        if (status == PLANNED || status == IN_PROGRESS) {
            assertThatCode(() -> MilestoneRules.requireWaivable(status)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> MilestoneRules.requireWaivable(status)).isInstanceOf(Conflict.class);
        }
    }

    @Test
    void acceptsADoneMilestoneWhoseDeliverablesAreAllAccepted() {
        assertThatCode(() -> MilestoneRules.requireAcceptable(DONE, TODAY.minusDays(2), TODAY, false, TODAY, List.of()))
                .doesNotThrowAnyException();
        assertThatCode(() -> MilestoneRules.requireAcceptable(DONE, TODAY, TODAY, false, TODAY, List.of()))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(value = MilestoneStatus.class, names = { "PLANNED", "IN_PROGRESS", "WAIVED" })
    void refusesAcceptingAMilestoneThatIsNotDone(MilestoneStatus status) {
        assertThatThrownBy(() -> MilestoneRules.requireAcceptable(status, null, TODAY, false, TODAY, List.of()))
                .isInstanceOf(Conflict.class).extracting(e -> ((ProblemException) e).type())
                .isEqualTo("milestone-not-done");
    }

    @Test
    void refusesAcceptingTwice() {
        assertThatThrownBy(() -> MilestoneRules.requireAcceptable(DONE, TODAY, TODAY, true, TODAY, List.of()))
                .extracting(e -> ((ProblemException) e).type()).isEqualTo("milestone-already-accepted");
    }

    @Test
    void refusesAnAcceptanceBeforeCompletionOrInTheFuture() {
        assertThatThrownBy(() -> MilestoneRules.requireAcceptable(DONE, TODAY, TODAY.minusDays(1), false, TODAY,
                List.of())).isInstanceOf(BadRequest.class).hasMessageContaining("acceptedOn");
        assertThatThrownBy(() -> MilestoneRules.requireAcceptable(DONE, TODAY, TODAY.plusDays(1), false, TODAY,
                List.of())).isInstanceOf(BadRequest.class).hasMessageContaining("future");
    }

    @Test
    void refusesAcceptanceNamingTheDeliverablesThatAreNotAccepted() {
        assertThatThrownBy(() -> MilestoneRules.requireAcceptable(DONE, TODAY, TODAY, false, TODAY,
                List.of("API docs (REJECTED)", "UX designs (IN_REVIEW)")))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("API docs (REJECTED)").hasMessageContaining("UX designs (IN_REVIEW)")
                .extracting(e -> ((ProblemException) e).type()).isEqualTo("deliverables-not-accepted");
    }

    @ParameterizedTest
    @EnumSource(MilestoneStatus.class)
    void keepsEveryMilestoneOfACompletedProjectFinished(MilestoneStatus status) {
        UUID id = UUID.randomUUID();
        assertThatCode(() -> MilestoneRules.requireFinishedInCompletedProject(id, "ACME", ProjectStatus.ACTIVE, status))
                .doesNotThrowAnyException();
        if (status == DONE || status == WAIVED) {
            assertThatCode(() -> MilestoneRules.requireFinishedInCompletedProject(id, "ACME", ProjectStatus.COMPLETED,
                    status)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> MilestoneRules.requireFinishedInCompletedProject(id, "ACME",
                    ProjectStatus.COMPLETED, status))
                    .isInstanceOf(ProjectEndedProblem.class).extracting(e -> ((ProblemException) e).type())
                    .isEqualTo("project-ended");
        }
    }
}
