package io.deliveryhub.metrics.portfolio;

import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProjectCounts", description = "How many projects the portfolio holds, in total and per lifecycle status",
        example = """
                {"total":12,"byStatus":{"ACTIVE":6,"CLOSED":1,"COMPLETED":1,"ON_HOLD":1,"PLANNING":1,"PROPOSED":2}}""")
public record ProjectCounts(
        @Schema(description = "All projects, whatever their status", example = "12") long total,
        @Schema(description = "The statuses the portfolio's projects are in, by name, with how many are in each; a "
                + "status no project is in is left out. The lifecycle and its statuses are projects-service's (its "
                + "Project.status), so this service repeats no list of them.") Map<String, Long> byStatus) {

    /** @param counted status → number of projects, as the read model holds them (statuses with none absent) */
    public static ProjectCounts of(Map<String, Long> counted) {
        Map<String, Long> byStatus = new TreeMap<>(counted);
        return new ProjectCounts(byStatus.values().stream().mapToLong(Long::longValue).sum(), byStatus);
    }
}
