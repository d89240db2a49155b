package io.deliveryhub.resources.resourcerequest;

import io.deliveryhub.resources.resourcerequest.Candidate.SkillMatch;
import io.deliveryhub.resources.resourcerequest.Candidate.WeekFit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Ranks people for a resource request by skill fit × availability over the request's period.
 * <ul>
 * <li><b>Skill fit</b> = the mean, over the required skills, of {@code min(level, minLevel) / minLevel}; a skill
 * the person lacks counts 0, one at or above the minimum counts 1 (a level-2 Java developer meets half of a
 * level-4 requirement). 1 when the request names no skills.</li>
 * <li><b>Availability</b> = {@code Σ_w min(free_w, needed_w) / Σ_w needed_w} over the request's ISO weeks, where
 * {@code needed_w} is the request's hours in week w (hours per week prorated by working days, docs/kpis.md) and
 * {@code free_w} = capacity after time off − HARD bookings (never below 0). Hours beyond the need earn
 * nothing, so a half-free expert is not outranked by an idle novice. 1 when nothing is needed.</li>
 * <li><b>Score</b> = skill fit × availability (0–1). Ties go to the better skill fit, then to more free hours
 * over the period, then by name. People scoring 0 (no skill at all, or no free hour) are not candidates.</li>
 * </ul>
 * A conflicting week is one in which the person has fewer free hours than needed. Scores and hours are computed
 * in doubles (a ranking over thousands of people, not money) and shown rounded to 3 and 2 decimals.
 */
public final class CandidateRanking {

    private CandidateRanking() {
    }

    /** A required skill with its catalogue name, for the explanation. */
    public record Requirement(UUID skillId, String skill, int minLevel) {
    }

    /**
     * What the ranking knows of one person: their skill levels and free hours in each week of the request (may be
     * negative for an overbooked week; counted as 0).
     */
    public record Profile(UUID personId, String name, String title, String practice, Map<UUID, Integer> skillLevels,
            double[] freeHours) {
    }

    /**
     * @param weeks the request's ISO weeks, in order
     * @param needed the request's hours in each of those weeks
     * @param people each with {@code freeHours} aligned with {@code weeks}
     */
    public static List<Candidate> rank(List<Requirement> required, List<String> weeks, double[] needed,
            List<Profile> people, int limit) {
        double totalNeeded = 0;
        for (double hours : needed) {
            totalNeeded += hours;
        }
        List<Scored> scored = new ArrayList<>();
        for (Profile person : people) {
            double skillFit = skillFit(required, person.skillLevels());
            double covered = 0;
            double free = 0;
            for (int w = 0; w < needed.length; w++) {
                double freeHours = Math.max(0, person.freeHours()[w]);
                covered += Math.min(freeHours, needed[w]);
                free += freeHours;
            }
            double availability = totalNeeded == 0 ? 1 : covered / totalNeeded;
            double score = skillFit * availability;
            if (score > 0) {
                scored.add(new Scored(person, score, skillFit, availability, free));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(Comparator.comparingDouble(Scored::skillFit).reversed())
                .thenComparing(Comparator.comparingDouble(Scored::free).reversed())
                .thenComparing(s -> s.person().name(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(s -> s.person().personId()));
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, scored.size()); i++) {
            candidates.add(explain(i + 1, scored.get(i), required, weeks, needed));
        }
        return candidates;
    }

    static double skillFit(List<Requirement> required, Map<UUID, Integer> levels) {
        if (required.isEmpty()) {
            return 1;
        }
        double sum = 0;
        for (Requirement requirement : required) {
            Integer level = levels.get(requirement.skillId());
            if (level != null) {
                sum += (double) Math.min(level, requirement.minLevel()) / requirement.minLevel();
            }
        }
        return sum / required.size();
    }

    private static Candidate explain(int rank, Scored scored, List<Requirement> required, List<String> weeks,
            double[] needed) {
        Profile person = scored.person();
        List<SkillMatch> matched = new ArrayList<>();
        List<SkillMatch> missing = new ArrayList<>();
        for (Requirement requirement : required) {
            Integer level = person.skillLevels().get(requirement.skillId());
            SkillMatch match = new SkillMatch(requirement.skillId(), requirement.skill(), requirement.minLevel(), level);
            (level != null && level >= requirement.minLevel() ? matched : missing).add(match);
        }
        List<WeekFit> fits = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        for (int w = 0; w < weeks.size(); w++) {
            double free = Math.max(0, person.freeHours()[w]);
            fits.add(new WeekFit(weeks.get(w), hours(needed[w]), hours(free)));
            if (free < needed[w]) {
                conflicts.add(weeks.get(w));
            }
        }
        return new Candidate(rank, person.personId(), person.name(), person.title(), person.practice(),
                ratio(scored.score()), ratio(scored.skillFit()), ratio(scored.availability()), matched, missing, fits,
                conflicts);
    }

    private static BigDecimal ratio(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal hours(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN);
    }

    private record Scored(Profile person, double score, double skillFit, double availability, double free) {
    }
}
