package io.deliveryhub.resources.capacity;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CapacityWeek", example = """
        {"week":"2026-W10","supplyHours":120.00,"demandHours":96.00,"gapHours":24.00,"requestHours":40.00,
         "placeholderHours":32.00,"softHours":16.00,"proposedHours":8.00,"pipelineHours":12.00,
         "gapWithPipelineHours":12.00}""")
public record CapacityWeek(
        String week,
        @Schema(description = "capacity − time off − HARD allocations of the group's people") BigDecimal supplyHours,
        @Schema(description = "requestHours + placeholderHours + softHours + proposedHours") BigDecimal demandHours,
        @Schema(description = "supply − demand; negative when demand exceeds supply") BigDecimal gapHours,
        @Schema(description = "open resource requests of won projects") BigDecimal requestHours,
        @Schema(description = "placeholder allocations of won projects") BigDecimal placeholderHours,
        @Schema(description = "SOFT allocations of won projects") BigDecimal softHours,
        @Schema(description = "requests, placeholders and SOFT allocations of PROPOSED projects × win probability") BigDecimal proposedHours,
        @Schema(description = "role demand of CRM opportunities still PROPOSED × win probability; not in demandHours"
                + " (docs/pipeline-demand.md)") BigDecimal pipelineHours,
        @Schema(description = "gapHours − pipelineHours: what is left if the pipeline comes in as forecast") BigDecimal gapWithPipelineHours) {
}
