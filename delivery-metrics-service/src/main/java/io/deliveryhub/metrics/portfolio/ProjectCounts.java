package io.deliveryhub.metrics.portfolio;

import io.deliveryhub.metrics.project.ProjectStatus;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProjectCounts", description = "How many projects the portfolio holds, in total and per lifecycle status",
        example = """
                {"total":12,"byStatus":{"PROPOSED":2,"PLANNING":1,"ACTIVE":6,"ON_HOLD":1,"COMPLETED":1,"CLOSED":1,"CANCELLED":0}}""")
public record ProjectCounts(
        @Schema(description = "All projects, whatever their status", example = "12") long total,
        @Schema(description = "Every lifecycle status in lifecycle order, 0 where no project is in it; a status "
                + "introduced later by projects-service is listed after them") Map<String, Long> byStatus) {

    private static final Set<String> LIFECYCLE = Arrays.stream(ProjectStatus.values()).map(Enum::name)
            .collect(Collectors.toSet());

    /** @param counted status → number of projects, as the read model holds them (statuses with none absent) */
    public static ProjectCounts of(Map<String, Long> counted) {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (ProjectStatus status : ProjectStatus.values()) {
            byStatus.put(status.name(), counted.getOrDefault(status.name(), 0L));
        }
        counted.keySet().stream().filter(status -> !LIFECYCLE.contains(status)).sorted()
                .forEach(status -> byStatus.put(status, counted.get(status)));
        return new ProjectCounts(byStatus.values().stream().mapToLong(Long::longValue).sum(), byStatus);
    }
}
