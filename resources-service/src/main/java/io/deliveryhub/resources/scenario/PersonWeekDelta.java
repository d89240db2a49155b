package io.deliveryhub.resources.scenario;

import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScenarioPersonWeek", example = """
        {"personId":"0b7d6c1e-3f52-4a8e-9d0b-2a9c4c7e5f10","name":"Ada Lovelace","week":"2026-W10",
         "capacityHours":40.00,"liveHardHours":32.00,"scenarioHardHours":48.00,"liveOverallocated":false,
         "scenarioOverallocated":true}""")
public record PersonWeekDelta(UUID personId, String name, String week,
        @Schema(description = "capacity after time off") BigDecimal capacityHours, BigDecimal liveHardHours,
        BigDecimal scenarioHardHours, boolean liveOverallocated, boolean scenarioOverallocated) {
}
