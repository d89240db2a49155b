package io.deliveryhub.resources.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BenchTest {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    @Test
    void someoneBelowTheThresholdIsOnTheBench() {
        BenchEntry entry = Bench.entry(UUID.randomUUID(), "Ann", "Developer", "Engineering", h("160"), h("32"), HALF)
                .orElseThrow();

        assertThat(entry.capacityHours()).isEqualTo(new BigDecimal("160.00"));
        assertThat(entry.hardHours()).isEqualTo(new BigDecimal("32.00"));
        assertThat(entry.freeHours()).isEqualTo(new BigDecimal("128.00"));
        assertThat(entry.allocation()).isEqualTo(new BigDecimal("0.200"));
    }

    @Test
    void someoneAtOrAboveTheThresholdIsNot() {
        assertThat(Bench.entry(UUID.randomUUID(), "Bo", null, null, h("80"), h("40"), HALF)).isEmpty();
        assertThat(Bench.entry(UUID.randomUUID(), "Bo", null, null, h("80"), h("90"), HALF)).isEmpty();
        assertThat(Bench.entry(UUID.randomUUID(), "Bo", null, null, h("80"), h("39.99"), HALF)).isPresent();
    }

    @Test
    void someoneWithoutCapacityInThePeriodIsNot() {
        assertThat(Bench.entry(UUID.randomUUID(), "On leave", null, null, h("0"), h("0"), HALF)).isEmpty();
    }

    @Test
    void listsTheLeastAllocatedFirstThenByName() {
        BenchEntry idleB = Bench.entry(UUID.randomUUID(), "B", null, null, h("40"), h("0"), HALF).orElseThrow();
        BenchEntry idleA = Bench.entry(UUID.randomUUID(), "A", null, null, h("40"), h("0"), HALF).orElseThrow();
        BenchEntry partly = Bench.entry(UUID.randomUUID(), "0", null, null, h("40"), h("10"), HALF).orElseThrow();

        assertThat(Bench.sorted(List.of(partly, idleB, idleA))).containsExactly(idleA, idleB, partly);
    }

    private static BigDecimal h(String hours) {
        return new BigDecimal(hours);
    }
}
