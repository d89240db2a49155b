package io.deliveryhub.metrics.workforce;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UtilizationReport", example = """
        {"from":"2026-03-02","to":"2026-03-08","groupBy":"practice","rows":[{"group":"Engineering","name":"Engineering",\
        "people":2,"capacityHours":72.000,"loggedHours":70.500,"billableHours":60.000,"utilization":0.979,\
        "billableUtilization":0.833,"onBench":0}],"total":{"group":null,"name":"all","people":2,"capacityHours":72.000,\
        "loggedHours":70.500,"billableHours":60.000,"utilization":0.979,"billableUtilization":0.833,"onBench":0}}""")
public record UtilizationReport(LocalDate from, LocalDate to, @Schema(example = "practice") String groupBy,
        List<UtilizationRow> rows, UtilizationRow total,
        @Schema(description = "only for scenario={id}: the people and ISO weeks whose HARD hours it changes")
        @JsonInclude(JsonInclude.Include.NON_NULL) ScenarioDeltas scenario) {
}
