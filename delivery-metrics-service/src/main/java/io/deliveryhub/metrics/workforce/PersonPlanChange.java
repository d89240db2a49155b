package io.deliveryhub.metrics.workforce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person whose HARD hours over the period a scenario changes, live and in the scenario, with their bench status. */
@Schema(name = "PersonPlanChange", example = """
        {"personId":"0b7d6c1e-3f52-4a8e-9d0b-2a9c4c7e5f10","name":"Ada Lovelace","capacityHours":160.000,\
        "liveHardHours":40.000,"scenarioHardHours":120.000,"deltaHours":80.000,"liveOnBench":true,\
        "scenarioOnBench":false}""")
public record PersonPlanChange(UUID personId, String name, BigDecimal capacityHours, BigDecimal liveHardHours,
        BigDecimal scenarioHardHours, BigDecimal deltaHours, boolean liveOnBench, boolean scenarioOnBench) {

    static PersonPlanChange of(UUID personId, String name, PersonFigures live, PersonFigures scenario) {
        return new PersonPlanChange(personId, name, hours(live.capacity()), hours(live.hardHours()),
                hours(scenario.hardHours()), hours(scenario.hardHours().subtract(live.hardHours())), live.onBench(),
                scenario.onBench());
    }

    private static BigDecimal hours(BigDecimal value) {
        return value.setScale(3, RoundingMode.HALF_EVEN);
    }
}
