package io.deliveryhub.resources.resourcerequest;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One ranked candidate for a resource request, with why it ranks where it does. */
@Schema(name = "Candidate")
public record Candidate(
        int rank,
        UUID personId,
        String name,
        String title,
        String practice,
        @Schema(description = "skillFit × availability, 0–1") BigDecimal score,
        @Schema(description = "mean over required skills of min(level, required) / required; 1 when none required") BigDecimal skillFit,
        @Schema(description = "share of the requested hours the person has free: Σ min(free, needed) / Σ needed") BigDecimal availability,
        List<SkillMatch> matchedSkills,
        List<SkillMatch> missingSkills,
        List<WeekFit> weeks,
        @Schema(description = "weeks in which the person has fewer free hours than needed") List<String> conflictingWeeks) {

    /** @param level the person's level, null when they lack the skill */
    @Schema(name = "SkillMatch")
    public record SkillMatch(UUID skillId, String skill, int requiredLevel, Integer level) {
    }

    @Schema(name = "WeekFit")
    public record WeekFit(String week, BigDecimal neededHours, BigDecimal freeHours) {
    }
}
