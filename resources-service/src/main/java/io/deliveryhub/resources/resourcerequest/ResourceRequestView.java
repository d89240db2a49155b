package io.deliveryhub.resources.resourcerequest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A resource request as the API and the {@code deliveryhub.resource-request.*} events show it. */
@Schema(name = "ResourceRequest")
public record ResourceRequestView(UUID id, UUID projectId, String role, List<SkillRequirement> requiredSkills,
        BigDecimal hoursPerWeek, LocalDate from, LocalDate to, RequestPriority priority, RequestStatus status,
        @Schema(description = "the allocation that filled it") UUID filledAllocationId, long version,
        Instant createdAt, Instant updatedAt) {

    static ResourceRequestView of(ResourceRequest request, java.util.Map<UUID, String> skillNames) {
        List<SkillRequirement> skills = request.requiredSkills.stream()
                .map(s -> new SkillRequirement(s.skillId, skillNames.get(s.skillId), s.minLevel)).toList();
        return new ResourceRequestView(request.id, request.projectId, request.role, skills, request.hoursPerWeek,
                request.fromDate, request.toDate, request.priority, request.status, request.filledAllocationId,
                request.version, request.createdAt, request.updatedAt);
    }
}
