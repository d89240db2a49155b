package io.deliveryhub.projects.project;

import static io.deliveryhub.projects.project.ProjectStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.deliveryhub.projects.project.ProjectLifecycle.Readiness;
import io.deliveryhub.projects.project.ProjectLifecycle.Refusal;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProjectLifecycleTest {

    /** Everything every guard asks for. */
    private static final Readiness READY = new Readiness(true, true, true, true, 0, true);
    private static final Map<ProjectStatus, Set<ProjectStatus>> TABLE = Map.of(
            PROPOSED, EnumSet.of(PLANNING, CANCELLED),
            PLANNING, EnumSet.of(ACTIVE, CANCELLED),
            ACTIVE, EnumSet.of(ON_HOLD, COMPLETED, CANCELLED),
            ON_HOLD, EnumSet.of(ACTIVE, CANCELLED),
            COMPLETED, EnumSet.of(CLOSED),
            CLOSED, EnumSet.noneOf(ProjectStatus.class),
            CANCELLED, EnumSet.noneOf(ProjectStatus.class));

    @ParameterizedTest
    @EnumSource(ProjectStatus.class)
    void allowsExactlyTheTransitionsOfTheTableWhenEveryGuardIsMet(ProjectStatus from) {
        for (ProjectStatus to : ProjectStatus.values()) {
            Optional<Refusal> refusal = ProjectLifecycle.refusal(from, to, READY);
            if (TABLE.get(from).contains(to)) {
                assertThat(refusal).as(from + " → " + to).isEmpty();
            } else {
                assertThat(refusal).as(from + " → " + to).get()
                        .extracting(Refusal::type).isEqualTo("illegal-transition");
            }
        }
        assertThat(ProjectLifecycle.allowedFrom(from)).isEqualTo(TABLE.get(from));
    }

    @Test
    void refusesStayingInTheSameStatus() {
        for (ProjectStatus status : ProjectStatus.values()) {
            assertThat(ProjectLifecycle.refusal(status, status, READY)).isPresent();
        }
    }

    @Test
    void explainsWhereAnIllegalTransitionCouldGoInstead() {
        Refusal refusal = ProjectLifecycle.refusal(PROPOSED, ACTIVE, READY).orElseThrow();
        assertThat(refusal.detail()).contains("PROPOSED", "ACTIVE", "[PLANNING, CANCELLED]");
        assertThat(refusal.missing()).isEmpty();
    }

    @Test
    void saysThatATerminalStatusHasNoWayOut() {
        assertThat(ProjectLifecycle.refusal(CLOSED, ACTIVE, READY).orElseThrow().detail()).contains("final");
        assertThat(ProjectLifecycle.refusal(CANCELLED, PLANNING, READY).orElseThrow().detail()).contains("final");
        assertThat(ProjectLifecycle.isTerminal(CLOSED)).isTrue();
        assertThat(ProjectLifecycle.isTerminal(CANCELLED)).isTrue();
        assertThat(ProjectLifecycle.isTerminal(COMPLETED)).isFalse();
    }

    @Test
    void activationNamesEveryMissingCondition() {
        Refusal refusal = ProjectLifecycle.refusal(PLANNING, ACTIVE, new Readiness(false, false, false, false, 0, false))
                .orElseThrow();
        assertThat(refusal.type()).isEqualTo("transition-guard");
        assertThat(refusal.missing()).containsExactly("projectManagerId", "plannedStart", "plannedEnd", "budget");
        assertThat(refusal.detail()).contains("projectManagerId, plannedStart, plannedEnd, budget");
    }

    @Test
    void activationNamesOnlyWhatIsMissing() {
        assertThat(ProjectLifecycle.refusal(PLANNING, ACTIVE, new Readiness(true, true, false, true, 0, false))
                .orElseThrow().missing()).containsExactly("plannedEnd");
        assertThat(ProjectLifecycle.refusal(PLANNING, ACTIVE, new Readiness(false, true, true, true, 0, false))
                .orElseThrow().missing()).containsExactly("projectManagerId");
        assertThat(ProjectLifecycle.refusal(PLANNING, ACTIVE, new Readiness(true, true, true, false, 0, false))
                .orElseThrow().missing()).containsExactly("budget");
    }

    @Test
    void reactivationFromOnHoldHasTheSameGuards() {
        assertThat(ProjectLifecycle.refusal(ON_HOLD, ACTIVE, new Readiness(false, true, true, true, 0, false))
                .orElseThrow().missing()).containsExactly("projectManagerId");
        assertThat(ProjectLifecycle.refusal(ON_HOLD, ACTIVE, new Readiness(true, true, true, true, 3, false))).isEmpty();
    }

    @Test
    void completionNeedsEveryMilestoneDoneOrWaived() {
        Refusal refusal = ProjectLifecycle.refusal(ACTIVE, COMPLETED, new Readiness(true, true, true, true, 2, false))
                .orElseThrow();
        assertThat(refusal.type()).isEqualTo("transition-guard");
        assertThat(refusal.missing()).containsExactly("milestones");
        assertThat(refusal.detail()).contains("2 milestone(s)");
        assertThat(ProjectLifecycle.refusal(ACTIVE, COMPLETED, new Readiness(false, false, false, false, 0, false)))
                .as("a project without open milestones may complete").isEmpty();
    }

    @Test
    void closingNeedsTheClosureReview() {
        Refusal refusal = ProjectLifecycle.refusal(COMPLETED, CLOSED, new Readiness(true, true, true, true, 0, false))
                .orElseThrow();
        assertThat(refusal.missing()).containsExactly("closureReview");
        assertThat(refusal.detail()).contains("closure review");
    }

    @Test
    void otherTransitionsHaveNoGuards() {
        Readiness nothing = new Readiness(false, false, false, false, 5, false);
        assertThat(ProjectLifecycle.refusal(PROPOSED, PLANNING, nothing)).isEmpty();
        assertThat(ProjectLifecycle.refusal(ACTIVE, ON_HOLD, nothing)).isEmpty();
        for (ProjectStatus from : EnumSet.of(PROPOSED, PLANNING, ACTIVE, ON_HOLD)) {
            assertThat(ProjectLifecycle.refusal(from, CANCELLED, nothing)).as(from + " → CANCELLED").isEmpty();
        }
    }

    @Test
    void onlyCancellingNeedsDeliveryManagement() {
        for (ProjectStatus to : ProjectStatus.values()) {
            assertThat(ProjectLifecycle.needsDeliveryManagement(to)).as(to.name()).isEqualTo(to == CANCELLED);
        }
    }
}
