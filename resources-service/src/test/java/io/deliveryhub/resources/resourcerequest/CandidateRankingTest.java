package io.deliveryhub.resources.resourcerequest;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliveryhub.resources.resourcerequest.Candidate.SkillMatch;
import io.deliveryhub.resources.resourcerequest.Candidate.WeekFit;
import io.deliveryhub.resources.resourcerequest.CandidateRanking.Profile;
import io.deliveryhub.resources.resourcerequest.CandidateRanking.Requirement;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CandidateRankingTest {

    private static final UUID JAVA = UUID.randomUUID();
    private static final UUID SQL = UUID.randomUUID();
    private static final List<Requirement> JAVA_4_SQL_2 = List.of(new Requirement(JAVA, "Java", 4),
            new Requirement(SQL, "SQL", 2));
    private static final List<String> WEEKS = List.of("2026-W10", "2026-W11");
    private static final double[] NEEDED = { 20, 20 };

    @Test
    void ranksBySkillFitTimesAvailability() {
        Profile ideal = profile("Ada", Map.of(JAVA, 5, SQL, 3), 40, 40);
        Profile busy = profile("Bob", Map.of(JAVA, 4, SQL, 2), 10, 40);
        Profile junior = profile("Cy", Map.of(JAVA, 2, SQL, 2), 40, 40);

        List<Candidate> ranked = CandidateRanking.rank(JAVA_4_SQL_2, WEEKS, NEEDED, List.of(junior, busy, ideal), 10);

        // Bob and Cy both score 0.75; Bob's skills fit better.
        assertThat(ranked).extracting(Candidate::name).containsExactly("Ada", "Bob", "Cy");
        assertThat(ranked).extracting(Candidate::rank).containsExactly(1, 2, 3);
        assertThat(ranked).extracting(Candidate::score).containsExactly(r("1.000"), r("0.750"), r("0.750"));
        assertThat(ranked.get(1).availability()).isEqualTo(r("0.750"));
        assertThat(ranked.get(2).skillFit()).isEqualTo(r("0.750"));
    }

    @Test
    void explainsMatchedAndMissingSkillsFreeHoursAndConflicts() {
        Candidate bob = CandidateRanking.rank(JAVA_4_SQL_2, WEEKS, NEEDED,
                List.of(profile("Bob", Map.of(JAVA, 3), 10, 25)), 10).get(0);

        assertThat(bob.matchedSkills()).isEmpty();
        assertThat(bob.missingSkills()).containsExactly(new SkillMatch(JAVA, "Java", 4, 3),
                new SkillMatch(SQL, "SQL", 2, null));
        assertThat(bob.weeks()).containsExactly(new WeekFit("2026-W10", h2(20), h2(10)),
                new WeekFit("2026-W11", h2(20), h2(25)));
        assertThat(bob.conflictingWeeks()).containsExactly("2026-W10");
        // skill fit (3/4 + 0) / 2 = 0.375; availability (10 + 20) / 40 = 0.75
        assertThat(bob.skillFit()).isEqualTo(r("0.375"));
        assertThat(bob.score()).isEqualTo(r("0.281"));
    }

    @Test
    void leavesOutPeopleWithoutAnyRequiredSkillOrWithoutFreeHours() {
        List<Candidate> ranked = CandidateRanking.rank(JAVA_4_SQL_2, WEEKS, NEEDED, List.of(
                profile("NoSkills", Map.of(), 40, 40),
                profile("Booked", Map.of(JAVA, 5, SQL, 5), 0, -8),
                profile("Fits", Map.of(SQL, 1), 1, 0)), 10);

        assertThat(ranked).extracting(Candidate::name).containsExactly("Fits");
    }

    @Test
    void withoutRequiredSkillsOnlyAvailabilityCounts() {
        List<Candidate> ranked = CandidateRanking.rank(List.of(), WEEKS, NEEDED, List.of(
                profile("Half", Map.of(), 10, 10), profile("Full", Map.of(), 20, 20)), 10);

        assertThat(ranked).extracting(Candidate::name, Candidate::score)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Full", r("1.000")),
                        org.assertj.core.groups.Tuple.tuple("Half", r("0.500")));
    }

    @Test
    void breaksTiesByFreeHoursThenByName() {
        List<Candidate> ranked = CandidateRanking.rank(JAVA_4_SQL_2, WEEKS, NEEDED, List.of(
                profile("Zoe", Map.of(JAVA, 4, SQL, 2), 20, 20),
                profile("Amy", Map.of(JAVA, 4, SQL, 2), 20, 20),
                profile("Max", Map.of(JAVA, 4, SQL, 2), 40, 20)), 10);

        assertThat(ranked).extracting(Candidate::name).containsExactly("Max", "Amy", "Zoe");
    }

    @Test
    void returnsAtMostTheLimit() {
        List<Candidate> ranked = CandidateRanking.rank(List.of(), WEEKS, NEEDED, List.of(
                profile("A", Map.of(), 20, 20), profile("B", Map.of(), 15, 20), profile("C", Map.of(), 10, 20)), 2);

        assertThat(ranked).extracting(Candidate::name).containsExactly("A", "B");
    }

    @Test
    void aRequestNeedingNoHoursInItsWeeksCountsEveryoneAvailable() {
        List<Candidate> ranked = CandidateRanking.rank(List.of(), List.of("2026-W10"), new double[] { 0 },
                List.of(profile("Weekend", Map.of(), 0)), 10);

        assertThat(ranked.get(0).availability()).isEqualTo(r("1.000"));
        assertThat(ranked.get(0).conflictingWeeks()).isEmpty();
    }

    private static Profile profile(String name, Map<UUID, Integer> skills, int... free) {
        return new Profile(UUID.randomUUID(), name, "Developer", "Engineering", skills,
                java.util.Arrays.stream(free).asDoubleStream().toArray());
    }

    private static BigDecimal h2(int hours) {
        return BigDecimal.valueOf(hours).setScale(2);
    }

    private static BigDecimal r(String value) {
        return new BigDecimal(value);
    }
}
