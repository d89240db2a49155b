package io.deliveryhub.resources.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "KnownProject", description = "A project as resources-service knows it from project events")
public record KnownProjectView(UUID id, String key, String name, String status, LocalDate plannedStart,
        LocalDate plannedEnd, String practice,
        @Schema(description = "win probability (0-1) of a proposed project, when known") BigDecimal probability,
        @Schema(description = "whether the project still takes allocations, requests and time entries, as"
                + " projects-service published it; null when not yet known (accepted)") Boolean acceptsRecords,
        long version) {

    static KnownProjectView of(KnownProject project) {
        return new KnownProjectView(project.id, project.key, project.name, project.status, project.plannedStart,
                project.plannedEnd, project.practice, project.probability, project.acceptsRecords, project.version);
    }
}
