package io.deliveryhub.resources.capacity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Capacity against demand per group and ISO week:
 * <ul>
 * <li>supply = capacity − time off − HARD allocations of the group's people (negative for an overbooked person);</li>
 * <li>demand = open requests + placeholder allocations + SOFT allocations; whatever belongs to a PROPOSED project
 * counts separately as proposed demand, weighted by its win probability;</li>
 * <li>gap = supply − demand;</li>
 * <li>pipeline = the role demand of CRM opportunities still PROPOSED, weighted by their win probability, kept out of
 * demand and gap so that planners see committed and hoped-for work apart; gap with pipeline = gap − pipeline.</li>
 * </ul>
 * Groups by skill overlap: a person with three skills supplies each of them, and a request needing two skills
 * demands both, so skill rows must not be summed.
 */
public final class CapacityPlan {

    static final String UNSPECIFIED = "(unspecified)";

    private final List<String> weeks;
    private final Map<String, BigDecimal[]> supply = new TreeMap<>();
    private final Map<String, Map<DemandKind, BigDecimal[]>> demand = new TreeMap<>();

    public CapacityPlan(List<String> weeks) {
        this.weeks = List.copyOf(weeks);
    }

    /**
     * How much of an item's hours counts as demand: all of it for a won project; for a PROPOSED project its win
     * probability (0–1). A proposed project without a known probability counts in full: there is no forecast to
     * discount it by, and under-planning is the costlier mistake.
     */
    public static BigDecimal weight(boolean proposed, BigDecimal probability) {
        return !proposed || probability == null ? BigDecimal.ONE : probability;
    }

    public void supply(String group, int week, BigDecimal hours) {
        add(supply.computeIfAbsent(key(group), g -> zeros()), week, hours);
    }

    /** @param proposed whether the item belongs to a PROPOSED project, whose demand is then weighted */
    public void demand(String group, int week, DemandKind kind, BigDecimal hours, boolean proposed,
            BigDecimal probability) {
        DemandKind counted = proposed ? DemandKind.PROPOSED : kind;
        add(demand.computeIfAbsent(key(group), g -> new EnumMap<>(DemandKind.class))
                .computeIfAbsent(counted, k -> zeros()), week, hours.multiply(weight(proposed, probability)));
    }

    /** The role demand of a CRM opportunity still PROPOSED: pipeline hours, weighted by its win probability. */
    public void pipeline(String group, int week, BigDecimal hours, BigDecimal probability) {
        add(demand.computeIfAbsent(key(group), g -> new EnumMap<>(DemandKind.class))
                .computeIfAbsent(DemandKind.PIPELINE, k -> zeros()), week, hours.multiply(weight(true, probability)));
    }

    /** Every group that has supply or demand, by name, each with one row per week. */
    public List<CapacityGroup> groups() {
        TreeMap<String, Boolean> names = new TreeMap<>();
        supply.keySet().forEach(name -> names.put(name, true));
        demand.keySet().forEach(name -> names.put(name, true));
        List<CapacityGroup> groups = new ArrayList<>();
        for (String name : names.keySet()) {
            BigDecimal[] groupSupply = supply.getOrDefault(name, zeros());
            Map<DemandKind, BigDecimal[]> groupDemand = demand.getOrDefault(name, Map.of());
            List<CapacityWeek> rows = new ArrayList<>();
            for (int w = 0; w < weeks.size(); w++) {
                BigDecimal requests = at(groupDemand, DemandKind.REQUESTS, w);
                BigDecimal placeholders = at(groupDemand, DemandKind.PLACEHOLDERS, w);
                BigDecimal soft = at(groupDemand, DemandKind.SOFT, w);
                BigDecimal proposed = at(groupDemand, DemandKind.PROPOSED, w);
                BigDecimal total = requests.add(placeholders).add(soft).add(proposed);
                BigDecimal pipeline = at(groupDemand, DemandKind.PIPELINE, w);
                rows.add(new CapacityWeek(weeks.get(w), hours(groupSupply[w]), hours(total),
                        hours(groupSupply[w].subtract(total)), hours(requests), hours(placeholders), hours(soft),
                        hours(proposed), hours(pipeline), hours(groupSupply[w].subtract(total).subtract(pipeline))));
            }
            groups.add(new CapacityGroup(name, rows));
        }
        return groups;
    }

    private static BigDecimal at(Map<DemandKind, BigDecimal[]> demand, DemandKind kind, int week) {
        BigDecimal[] hours = demand.get(kind);
        return hours == null ? BigDecimal.ZERO : hours[week];
    }

    private BigDecimal[] zeros() {
        BigDecimal[] hours = new BigDecimal[weeks.size()];
        java.util.Arrays.fill(hours, BigDecimal.ZERO);
        return hours;
    }

    private static void add(BigDecimal[] hours, int week, BigDecimal more) {
        hours[week] = hours[week].add(more);
    }

    private static String key(String group) {
        return group == null || group.isBlank() ? UNSPECIFIED : group.strip();
    }

    private static BigDecimal hours(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN);
    }
}
