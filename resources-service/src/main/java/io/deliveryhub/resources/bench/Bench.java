package io.deliveryhub.resources.bench;

import io.deliveryhub.platform.workforce.WorkingTime;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who is on the bench over a period, by {@link WorkingTime#onBench} (the rule delivery-metrics' portfolio counts
 * with): HARD hours below threshold × capacity after time off, both over the period's working days. Someone with no
 * capacity in the period (all of it time off, or not yet joined) is not on the bench: there is nothing to fill.
 */
public final class Bench {

    private Bench() {
    }

    public static Optional<BenchEntry> entry(UUID personId, String name, String title, String practice,
            BigDecimal capacity, BigDecimal hard, BigDecimal threshold) {
        if (!WorkingTime.onBench(hard, capacity, threshold)) {
            return Optional.empty();
        }
        BigDecimal allocation = hard.divide(capacity, 6, RoundingMode.HALF_EVEN);
        return Optional.of(new BenchEntry(personId, name, title, practice, hours(capacity), hours(hard),
                hours(capacity.subtract(hard).max(BigDecimal.ZERO)), allocation.setScale(3, RoundingMode.HALF_EVEN)));
    }

    /** Least allocated first, then by name. */
    public static List<BenchEntry> sorted(List<BenchEntry> entries) {
        return entries.stream().sorted(Comparator.comparing(BenchEntry::allocation)
                .thenComparing(BenchEntry::name, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(BenchEntry::personId)).toList();
    }

    private static BigDecimal hours(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN);
    }
}
