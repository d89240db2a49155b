package io.deliveryhub.projects.crm;

import io.deliveryhub.platform.problem.FieldError;
import io.deliveryhub.projects.project.RoleDemand;
import io.deliveryhub.projects.project.RoleDemand.DemandSkill;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The rules an opportunity's role demand obeys, checked as a whole so that the CRM hears about every bad line at once.
 * Skills are checked for shape only: the catalogue lives in resources-service, which matches them by name when the
 * opportunity is won.
 */
final class DemandCheck {

    static final int MAX_LINES = 50;
    static final int MAX_SKILLS = 10;
    /** One line is one person's week; a need for more is several lines. */
    static final BigDecimal MAX_HOURS = new BigDecimal("60");
    private static final int MAX_TEXT = 100;

    private DemandCheck() {
    }

    /** Every problem with the lines, by field ({@code demand[2].hoursPerWeek}); empty when they are all usable. */
    static List<FieldError> problems(List<RoleDemand> lines) {
        List<FieldError> problems = new ArrayList<>();
        if (lines.size() > MAX_LINES) {
            problems.add(new FieldError("demand", "at most " + MAX_LINES + " lines, got " + lines.size()));
            return problems;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String field = "demand[" + i + "]";
            RoleDemand line = lines.get(i);
            if (line == null) {
                problems.add(new FieldError(field, "must be a demand line, not null"));
                continue;
            }
            if (blank(line.id())) {
                problems.add(new FieldError(field + ".id", "must name the line (the CRM's id of it)"));
            } else if (line.id().strip().length() > MAX_TEXT) {
                problems.add(new FieldError(field + ".id", "at most " + MAX_TEXT + " characters"));
            } else if (!ids.add(line.id().strip())) {
                problems.add(new FieldError(field + ".id", "'" + line.id().strip() + "' names an earlier line too"));
            }
            List<DemandSkill> skills = line.skills() == null ? List.of() : line.skills();
            if (blank(line.role()) && skills.isEmpty()) {
                problems.add(new FieldError(field, "give a role, skills or both"));
            } else if (line.role() != null && (line.role().isBlank() || line.role().strip().length() > MAX_TEXT)) {
                problems.add(new FieldError(field + ".role", "must be 1 to " + MAX_TEXT + " characters"));
            }
            checkSkills(field, skills, problems);
            checkHours(field, line.hoursPerWeek(), problems);
            if (line.from() == null || line.to() == null) {
                problems.add(new FieldError(field + (line.from() == null ? ".from" : ".to"), "is required"));
            } else if (line.to().isBefore(line.from())) {
                problems.add(new FieldError(field + ".to", "must not be before from"));
            }
        }
        return problems;
    }

    /** The lines as the project keeps them: text stripped, hours at two decimals. Call once they have no problems. */
    static List<RoleDemand> normalised(List<RoleDemand> lines) {
        return lines.stream().map(line -> new RoleDemand(line.id().strip(), blank(line.role()) ? null : line.role().strip(),
                line.skills() == null ? List.of() : line.skills().stream()
                        .map(skill -> new DemandSkill(skill.skill().strip(), skill.minLevel())).toList(),
                line.hoursPerWeek().setScale(2, RoundingMode.UNNECESSARY), line.from(), line.to())).toList();
    }

    private static void checkSkills(String field, List<DemandSkill> skills, List<FieldError> problems) {
        if (skills.size() > MAX_SKILLS) {
            problems.add(new FieldError(field + ".skills", "at most " + MAX_SKILLS + " skills"));
            return;
        }
        Set<String> names = new HashSet<>();
        for (int s = 0; s < skills.size(); s++) {
            String skillField = field + ".skills[" + s + "]";
            DemandSkill skill = skills.get(s);
            if (skill == null || blank(skill.skill()) || skill.skill().strip().length() > MAX_TEXT) {
                problems.add(new FieldError(skillField + ".skill", "must be a skill name of 1 to " + MAX_TEXT + " characters"));
            } else if (!names.add(skill.skill().strip().toLowerCase(Locale.ROOT))) {
                problems.add(new FieldError(skillField + ".skill", "names " + skill.skill().strip() + " a second time"));
            }
            if (skill != null && (skill.minLevel() == null || skill.minLevel() < 1 || skill.minLevel() > 5)) {
                problems.add(new FieldError(skillField + ".minLevel", "must be 1 to 5"));
            }
        }
    }

    private static void checkHours(String field, BigDecimal hours, List<FieldError> problems) {
        if (hours == null) {
            problems.add(new FieldError(field + ".hoursPerWeek", "is required"));
        } else if (hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0) {
            problems.add(new FieldError(field + ".hoursPerWeek", "must be more than 0 and at most " + MAX_HOURS));
        } else if (hours.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldError(field + ".hoursPerWeek", "at most two decimals"));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
