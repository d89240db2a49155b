package io.deliveryhub.resources.scenario;

import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a scenario changes the hours one person (or placeholder role) is booked on one project in one ISO week. */
@Schema(name = "ScenarioAllocationDelta", example = """
        {"personId":"0b7d6c1e-3f52-4a8e-9d0b-2a9c4c7e5f10","placeholderRole":null,
         "projectId":"3d0f4a5e-2b8c-4f1a-9e6d-7c5b4a3f2e10","week":"2026-W10","liveHours":20.00,
         "scenarioHours":32.00,"deltaHours":12.00}""")
public record AllocationDelta(UUID personId, String placeholderRole, UUID projectId, String week,
        BigDecimal liveHours, BigDecimal scenarioHours, BigDecimal deltaHours) {
}
