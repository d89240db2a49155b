package io.deliveryhub.resources.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CapacityPlanTest {

    private static final List<String> WEEKS = List.of("2026-W10", "2026-W11");

    @Test
    void setsSupplyAgainstEachKindOfDemand() {
        CapacityPlan plan = new CapacityPlan(WEEKS);
        plan.supply("Developer", 0, h("40"));
        plan.supply("Developer", 0, h("22"));
        plan.demand("Developer", 0, DemandKind.REQUESTS, h("20"), false, null);
        plan.demand("Developer", 0, DemandKind.PLACEHOLDERS, h("10"), false, null);
        plan.demand("Developer", 1, DemandKind.SOFT, h("8"), false, null);

        CapacityGroup group = plan.groups().get(0);

        assertThat(group.group()).isEqualTo("Developer");
        assertThat(group.weeks()).containsExactly(
                new CapacityWeek("2026-W10", h2("62"), h2("30"), h2("32"), h2("20"), h2("10"), h2("0"), h2("0"),
                        h2("0"), h2("32")),
                new CapacityWeek("2026-W11", h2("0"), h2("8"), h2("-8"), h2("0"), h2("0"), h2("8"), h2("0"),
                        h2("0"), h2("-8")));
    }

    @Test
    void weighsEverythingOfAProposedProjectByItsWinProbability() {
        CapacityPlan plan = new CapacityPlan(WEEKS);
        plan.demand("Tester", 0, DemandKind.REQUESTS, h("40"), true, h("0.25"));
        plan.demand("Tester", 0, DemandKind.SOFT, h("20"), true, h("0.5"));
        plan.demand("Tester", 1, DemandKind.PLACEHOLDERS, h("16"), true, null);

        List<CapacityWeek> weeks = plan.groups().get(0).weeks();

        assertThat(weeks.get(0).proposedHours()).isEqualTo(h2("20"));
        assertThat(weeks.get(0).requestHours()).isEqualTo(h2("0"));
        assertThat(weeks.get(0).demandHours()).isEqualTo(h2("20"));
        // No known probability: counted in full.
        assertThat(weeks.get(1).proposedHours()).isEqualTo(h2("16"));
    }

    @Test
    void countsPipelineDemandByItsProbabilityApartFromDemandAndGap() {
        CapacityPlan plan = new CapacityPlan(WEEKS);
        plan.supply("Analyst", 0, h("40"));
        plan.demand("Analyst", 0, DemandKind.REQUESTS, h("10"), false, null);
        plan.pipeline("Analyst", 0, h("40"), h("0.25"));
        plan.pipeline("Analyst", 0, h("20"), h("0.333"));
        plan.pipeline("Analyst", 1, h("16"), null);

        List<CapacityWeek> weeks = plan.groups().get(0).weeks();

        // 40 × 0.25 + 20 × 0.333 = 16.66; a line without a known probability counts in full.
        assertThat(weeks.get(0)).isEqualTo(new CapacityWeek("2026-W10", h2("40"), h2("10"), h2("30"), h2("10"),
                h2("0"), h2("0"), h2("0"), h2("16.66"), h2("13.34")));
        assertThat(weeks.get(1).pipelineHours()).isEqualTo(h2("16"));
        assertThat(weeks.get(1).demandHours()).isEqualTo(h2("0"));
        assertThat(weeks.get(1).gapWithPipelineHours()).isEqualTo(h2("-16"));
    }

    @Test
    void weightIsOneForWonProjectsAndTheProbabilityForProposedOnes() {
        assertThat(CapacityPlan.weight(false, h("0.3"))).isEqualTo(BigDecimal.ONE);
        assertThat(CapacityPlan.weight(true, h("0.3"))).isEqualTo(h("0.3"));
        assertThat(CapacityPlan.weight(true, null)).isEqualTo(BigDecimal.ONE);
    }

    @Test
    void listsGroupsByNameAndGathersMissingOnesAsUnspecified() {
        CapacityPlan plan = new CapacityPlan(WEEKS);
        plan.supply("Zeta", 0, h("1"));
        plan.demand(null, 0, DemandKind.REQUESTS, h("1"), false, null);
        plan.demand(" ", 1, DemandKind.REQUESTS, h("1"), false, null);
        plan.demand("Alpha", 1, DemandKind.SOFT, h("1"), false, null);

        assertThat(plan.groups()).extracting(CapacityGroup::group).containsExactly("(unspecified)", "Alpha", "Zeta");
        assertThat(plan.groups().get(0).weeks()).extracting(CapacityWeek::demandHours).containsExactly(h2("1"), h2("1"));
        assertThat(plan.groups().get(2).weeks()).extracting(CapacityWeek::gapHours).containsExactly(h2("1"), h2("0"));
    }

    private static BigDecimal h(String hours) {
        return new BigDecimal(hours);
    }

    private static BigDecimal h2(String hours) {
        return new BigDecimal(hours).setScale(2);
    }
}
