package io.deliveryhub.projects.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One line of a CRM opportunity's staffing need: a role and/or skills, for some hours a week over a period. While the
 * project is PROPOSED it is pipeline demand; when the opportunity is won, resources-service opens one resource request
 * per line (docs/pipeline-demand.md).
 */
@Schema(name = "RoleDemand", example = """
        {"id":"00k5g00000LmNoPAAZ","role":"Backend developer","skills":[{"skill":"Java","minLevel":4}],
         "hoursPerWeek":32.00,"from":"2026-03-02","to":"2026-06-26"}""")
public record RoleDemand(
        @Schema(description = "the CRM's own id of the line (e.g. its line item), unique within the opportunity;"
                + " with the project id it names the resource request the line becomes, once") String id,
        @Schema(description = "the role wanted; optional when skills are given") String role,
        @Schema(description = "skills wanted, by catalogue name, each at least at minLevel 1–5") List<DemandSkill> skills,
        @Schema(description = "hours a week of one person, more than 0 and at most 60") BigDecimal hoursPerWeek,
        LocalDate from,
        LocalDate to) {

    @Schema(name = "DemandSkill", example = "{\"skill\":\"Java\",\"minLevel\":4}")
    public record DemandSkill(String skill, Integer minLevel) {
    }
}
