package io.deliveryhub.resources.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.deliveryhub.resources.allocation.Booking;
import io.deliveryhub.resources.availability.BookedHours;
import io.deliveryhub.resources.availability.PersonBookings;
import io.deliveryhub.resources.calendar.IsoWeek;
import io.deliveryhub.resources.calendar.IsoWeeks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PlanOverlayTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final LocalDate FRIDAY = MONDAY.plusDays(4);
    private static final UUID ADA = UUID.randomUUID();
    private static final UUID PROJECT_X = UUID.randomUUID();
    private static final UUID PROJECT_Y = UUID.randomUUID();
    private static final List<IsoWeek> TWO_WEEKS = IsoWeeks.between(MONDAY, MONDAY.plusDays(13));

    @Test
    void withoutAScenarioTheLivePlanIsUnchanged() {
        PersonBookings live = new PersonBookings(List.of(hours(20)), List.of(hours(8)));

        assertThat(PlanOverlay.NONE.isEmpty()).isTrue();
        assertThat(PlanOverlay.NONE.bookingsOf(ADA, live)).isEqualTo(live);
        assertThat(PlanOverlay.NONE.deltas(TWO_WEEKS)).isEmpty();
    }

    @Test
    void aChangeReplacesTheLiveBookingItWasBasedOn() {
        PlannedAllocation live = hard(UUID.randomUUID(), PROJECT_X, 20, 3);
        PlanOverlay overlay = overlay(Map.of(live.id(), live),
                new PlanChange(live.id(), AllocationChangeKind.CHANGE, 3L, hard(live.id(), PROJECT_X, 32, 1)));

        PersonBookings scenario = overlay.bookingsOf(ADA, new PersonBookings(List.of(hours(20), hours(8)), List.of()));

        assertThat(scenario.hard()).extracting(b -> b.hoursPerWeek().intValue()).containsExactlyInAnyOrder(8, 32);
        assertThat(overlay.deltas(TWO_WEEKS)).containsExactly(new AllocationDelta(ADA, null, PROJECT_X, "2026-W10",
                new BigDecimal("20.00"), new BigDecimal("32.00"), new BigDecimal("12.00")));
    }

    @Test
    void movingSomeoneShowsHoursLeavingOneProjectAndArrivingAtAnother() {
        PlannedAllocation live = hard(UUID.randomUUID(), PROJECT_X, 40, 1);
        UUID added = UUID.randomUUID();
        PlanOverlay overlay = overlay(Map.of(live.id(), live),
                new PlanChange(live.id(), AllocationChangeKind.REMOVE, 1L, live),
                new PlanChange(added, AllocationChangeKind.ADD, null, hard(added, PROJECT_Y, 40, 1)));

        assertThat(overlay.bookingsOf(ADA, new PersonBookings(List.of(hours(40)), List.of())).hard())
                .containsExactly(hours(40));
        assertThat(overlay.projectDeltas(TWO_WEEKS)).extracting(ProjectWeekDelta::projectId,
                d -> d.deltaHours().intValue()).containsExactlyInAnyOrder(
                        tuple(PROJECT_X, -40),
                        tuple(PROJECT_Y, 40));
        assertThat(overlay.people()).containsExactly(ADA);
    }

    @Test
    void aLiveAllocationReleasedMeanwhileHasNothingToTakeOut() {
        PlannedAllocation released = new PlannedAllocation(UUID.randomUUID(), ADA, null, PROJECT_X, MONDAY, FRIDAY,
                new BigDecimal("20.00"), Booking.HARD, 2, false);
        PlanOverlay overlay = overlay(Map.of(released.id(), released),
                new PlanChange(released.id(), AllocationChangeKind.CHANGE, 1L, hard(released.id(), PROJECT_X, 10, 1)));

        assertThat(overlay.removed()).isEmpty();
        assertThat(overlay.bookingsOf(ADA, new PersonBookings(List.of(), List.of())).hard()).containsExactly(hours(10));
    }

    @Test
    void aSoftBookingStaysSoftAndOtherPeopleAreUntouched() {
        UUID added = UUID.randomUUID();
        PlannedAllocation soft = new PlannedAllocation(added, ADA, null, PROJECT_X, MONDAY, FRIDAY,
                new BigDecimal("16.00"), Booking.SOFT, 1, true);
        PlanOverlay overlay = overlay(Map.of(), new PlanChange(added, AllocationChangeKind.ADD, null, soft));
        PersonBookings someoneElse = new PersonBookings(List.of(hours(40)), List.of());

        assertThat(overlay.bookingsOf(ADA, PersonBookings.none()).soft()).containsExactly(hours(16));
        assertThat(overlay.bookingsOf(UUID.randomUUID(), someoneElse)).isEqualTo(someoneElse);
    }

    @Test
    void namesEveryLiveAllocationThatMovedSinceTheScenarioBasedAChangeOnIt() {
        PlannedAllocation unchanged = hard(UUID.randomUUID(), PROJECT_X, 20, 2);
        PlannedAllocation changed = hard(UUID.randomUUID(), PROJECT_X, 20, 4);
        PlannedAllocation released = new PlannedAllocation(UUID.randomUUID(), ADA, null, PROJECT_X, MONDAY, FRIDAY,
                new BigDecimal("20.00"), Booking.HARD, 3, false);
        UUID gone = UUID.randomUUID();
        UUID added = UUID.randomUUID();
        PlanOverlay overlay = overlay(Map.of(),
                new PlanChange(unchanged.id(), AllocationChangeKind.CHANGE, 2L, unchanged),
                new PlanChange(changed.id(), AllocationChangeKind.CHANGE, 3L, changed),
                new PlanChange(released.id(), AllocationChangeKind.REMOVE, 2L, released),
                new PlanChange(gone, AllocationChangeKind.REMOVE, 1L, hard(gone, PROJECT_X, 8, 1)),
                new PlanChange(added, AllocationChangeKind.ADD, null, hard(added, PROJECT_Y, 8, 1)));

        List<PlanConflict> conflicts = overlay.conflicts(Map.of(unchanged.id(), unchanged, changed.id(), changed,
                released.id(), released));

        assertThat(conflicts).extracting(PlanConflict::allocationId, PlanConflict::liveVersion, PlanConflict::reason)
                .containsExactly(
                        tuple(changed.id(), 4L, "the allocation changed from version 3 to 4"),
                        tuple(released.id(), 3L, "the allocation was released at version 3"),
                        tuple(gone, null, "the allocation no longer exists"));
    }

    @Test
    void tentativeDemandCountsPerWeekAndWeightedByProbability() {
        UUID tentative = UUID.randomUUID();
        PlanOverlay overlay = new PlanOverlay(Map.of(), List.of(), List.of(new TentativeDemand(tentative,
                "iOS developer", "Mobile", new BookedHours(MONDAY, MONDAY.plusDays(11), new BigDecimal("40")),
                new BigDecimal("0.5"))));

        assertThat(overlay.isEmpty()).isFalse();
        assertThat(overlay.projectDeltas(TWO_WEEKS)).containsExactly(
                new ProjectWeekDelta(null, tentative, "2026-W10", new BigDecimal("40.00"), new BigDecimal("20.00")),
                new ProjectWeekDelta(null, tentative, "2026-W11", new BigDecimal("40.00"), new BigDecimal("20.00")));
    }

    private static PlanOverlay overlay(Map<UUID, PlannedAllocation> live, PlanChange... changes) {
        return new PlanOverlay(live, List.of(changes), List.of());
    }

    private static PlannedAllocation hard(UUID id, UUID project, int hours, long version) {
        return new PlannedAllocation(id, ADA, null, project, MONDAY, FRIDAY, new BigDecimal(hours).setScale(2),
                Booking.HARD, version, true);
    }

    private static BookedHours hours(int hoursPerWeek) {
        return new BookedHours(MONDAY, FRIDAY, new BigDecimal(hoursPerWeek).setScale(2));
    }
}
