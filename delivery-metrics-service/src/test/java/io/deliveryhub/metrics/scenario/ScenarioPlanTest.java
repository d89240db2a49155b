package io.deliveryhub.metrics.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliveryhub.metrics.scenario.ScenarioPlan.Booked;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ScenarioPlanTest {

    private static final UUID ADA = UUID.randomUUID();
    private static final UUID BEN = UUID.randomUUID();
    private static final UUID PROJECT = UUID.randomUUID();
    private static final LocalDate MONDAY = LocalDate.of(2026, 4, 6);

    private record Hours(LocalDate from, BigDecimal hours) {
    }

    @Test
    void takesOutOneEqualBookingPerAllocationItReplacesAndAddsItsOwn() {
        Booked live = booked(ADA, "32.00");
        ScenarioPlan plan = new ScenarioPlan(UUID.randomUUID(), "Move Ada", List.of(live),
                List.of(booked(ADA, "24"), booked(BEN, "8")));

        List<Hours> adas = plan.applyTo(List.of(hours("32"), hours("32"), hours("10")),
                booked -> ADA.equals(booked.personId()), booked -> new Hours(booked.from(), booked.hoursPerWeek()),
                (a, b) -> a.from().equals(b.from()) && a.hours().compareTo(b.hours()) == 0);

        assertThat(adas).extracting(Hours::hours).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("32"), BigDecimal.TEN, new BigDecimal("24"));
        assertThat(plan.people()).containsExactly(ADA, BEN);
        assertThat(plan.projects()).containsExactly(PROJECT);
    }

    @Test
    void takesOutNothingTheViewDoesNotHave() {
        ScenarioPlan plan = new ScenarioPlan(UUID.randomUUID(), "Released meanwhile", List.of(booked(ADA, "40")),
                List.of());

        assertThat(plan.applyTo(List.of(hours("32")), booked -> true,
                booked -> new Hours(booked.from(), booked.hoursPerWeek()),
                (a, b) -> a.hours().compareTo(b.hours()) == 0)).extracting(Hours::hours)
                .containsExactly(new BigDecimal("32"));
        List<Hours> untouched = List.of(hours("1"));
        assertThat(ScenarioPlan.LIVE.applyTo(untouched, booked -> true, booked -> null, (a, b) -> true))
                .isSameAs(untouched);
    }

    private static Booked booked(UUID person, String hours) {
        return new Booked(PROJECT, person, MONDAY, MONDAY.plusDays(4), new BigDecimal(hours), true, true, null,
                null);
    }

    private static Hours hours(String hours) {
        return new Hours(MONDAY, new BigDecimal(hours));
    }
}
