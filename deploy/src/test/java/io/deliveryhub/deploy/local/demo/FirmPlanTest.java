package io.deliveryhub.deploy.local.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FirmPlanTest {

    private static final LocalDate ANCHOR = LocalDate.of(2026, 12, 6);

    @Test
    void drawsTheSameFirmFromTheSameScaleAndAnchor() {
        FirmPlan one = FirmPlan.of(DemoScale.FULL, ANCHOR);
        FirmPlan other = FirmPlan.of(DemoScale.FULL, ANCHOR);

        assertThat(other.people()).isEqualTo(one.people());
        assertThat(other.projects()).isEqualTo(one.projects());
        for (PlannedProject project : one.projects()) {
            assertThat(Milestones.plan(project, ANCHOR)).isEqualTo(Milestones.plan(project, ANCHOR));
            if (project.hasWork()) {
                assertThat(Pipelines.plan(project, "p", one)).isEqualTo(Pipelines.plan(project, "p", other));
            }
        }
    }

    @Test
    void aLaterAnchorShiftsEveryDateAndNothingElse() {
        PlannedProject first = FirmPlan.of(DemoScale.FULL, ANCHOR).projects().get(0);
        PlannedProject later = FirmPlan.of(DemoScale.FULL, ANCHOR.plusDays(10)).projects().get(0);

        assertThat(later.key()).isEqualTo(first.key());
        assertThat(ChronoUnit.DAYS.between(first.plannedStart(), later.plannedStart())).isEqualTo(10);
        assertThat(ChronoUnit.DAYS.between(first.plannedEnd(), later.plannedEnd())).isEqualTo(10);
    }

    @Test
    void theFullFirmHasFortyProjectsInEveryLifecycleStatusAndAHundredAndTwentyPeople() {
        FirmPlan plan = FirmPlan.of(DemoScale.FULL, ANCHOR);

        assertThat(plan.projects()).hasSize(40);
        assertThat(plan.projects().stream().map(PlannedProject::target).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("PROPOSED", "PLANNING", "ACTIVE", "ON_HOLD", "COMPLETED", "CLOSED", "CANCELLED");
        assertThat(plan.people()).hasSize(120);
        assertThat(plan.people().stream().map(PlannedPerson::email).distinct()).hasSize(120);
        assertThat(plan.headOfDelivery().role()).isEqualTo("HEAD_OF_DELIVERY");
        assertThat(plan.projects().stream().map(PlannedProject::currency).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("EUR", "USD", "GBP");
    }

    @Test
    void projectsWithWorkStartedWithinTheHistoryAndStoppedBeforeTheAnchor() {
        FirmPlan plan = FirmPlan.of(DemoScale.FULL, ANCHOR);

        for (PlannedProject project : plan.projects()) {
            assertThat(project.plannedStart()).as(project.key()).isBefore(project.plannedEnd());
            assertThat(project.key()).matches("^[A-Z][A-Z0-9-]{1,31}$");
            if (project.hasWork()) {
                assertThat(project.plannedStart()).as(project.key()).isAfterOrEqualTo(plan.historyStart());
                assertThat(project.workUntil()).as(project.key()).isBefore(ANCHOR).isAfter(project.plannedStart());
            } else {
                assertThat(project.target()).isIn("PROPOSED", "PLANNING");
                assertThat(project.plannedStart()).isAfter(ANCHOR);
            }
        }
    }

    @Test
    void finishedProjectsHaveEveryMilestoneDoneByTheirLastDayOfWork() {
        FirmPlan plan = FirmPlan.of(DemoScale.FULL, ANCHOR);

        for (PlannedProject project : plan.projects()) {
            if (Set.of("COMPLETED", "CLOSED").contains(project.target())) {
                assertThat(Milestones.plan(project, ANCHOR)).allSatisfy(milestone ->
                        assertThat(milestone.completedOn()).isNotNull().isBeforeOrEqualTo(project.workUntil()));
            }
        }
    }

    @Test
    void onlyTheBookingsMarkedOverbookedExceedSomeonesWeek() {
        FirmPlan plan = FirmPlan.of(DemoScale.FULL, ANCHOR);
        List<PlannedAllocation> hard = plan.projects().stream().flatMap(p -> p.team().stream())
                .filter(a -> a.person() != null && !a.overbooked()).toList();

        for (PlannedPerson person : plan.people()) {
            for (LocalDate monday = plan.historyStart(); monday.isBefore(ANCHOR.plusDays(400)); monday = monday.plusWeeks(1)) {
                LocalDate week = monday;
                int hours = hard.stream().filter(a -> a.person().equals(person))
                        .filter(a -> !a.from().isAfter(week) && !a.to().isBefore(week))
                        .mapToInt(PlannedAllocation::hoursPerWeek).sum();
                assertThat(hours).as("%s in the week of %s", person.name(), week).isLessThanOrEqualTo(person.capacityHoursPerWeek());
            }
        }
        assertThat(plan.projects().stream().flatMap(p -> p.team().stream()).filter(PlannedAllocation::overbooked)).hasSize(2);
    }

    @Test
    void readsTheScaleAsProjectsPeopleAndMonths() {
        assertThat(DemoScale.parse("5, 12,1")).isEqualTo(new DemoScale(5, 12, 1));
        assertThatThrownBy(() -> DemoScale.parse("5,12")).hasMessageContaining("PROJECTS,PEOPLE,MONTHS");
        assertThatThrownBy(() -> DemoScale.parse("5,x,1")).hasMessageContaining("whole numbers");
        assertThatThrownBy(() -> DemoScale.parse("0,12,1")).hasMessageContaining("at least 1 project");
    }
}
