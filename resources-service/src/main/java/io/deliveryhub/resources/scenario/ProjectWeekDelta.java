package io.deliveryhub.resources.scenario;

import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScenarioProjectWeek", example = """
        {"projectId":"3d0f4a5e-2b8c-4f1a-9e6d-7c5b4a3f2e10","tentativeProjectId":null,"week":"2026-W10",
         "deltaHours":12.00,"weightedDeltaHours":12.00}""")
public record ProjectWeekDelta(
        @Schema(description = "a live project; null for a tentative one") UUID projectId,
        @Schema(description = "a tentative project of the scenario; null for a live one") UUID tentativeProjectId,
        String week, BigDecimal deltaHours,
        @Schema(description = "deltaHours × the win probability of a tentative project (all of it for a live one)")
        BigDecimal weightedDeltaHours) {
}
