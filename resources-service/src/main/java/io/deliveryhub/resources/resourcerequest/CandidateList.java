package io.deliveryhub.resources.resourcerequest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CandidateList", description = "People ranked for a resource request, best first")
public record CandidateList(UUID requestId, String role, LocalDate from, LocalDate to, BigDecimal hoursPerWeek,
        List<SkillRequirement> requiredSkills,
        @Schema(description = "people active in the period with at least one required skill (all active people when "
                + "none is required): everyone who could score above 0") int consideredPeople,
        List<Candidate> candidates) {
}
