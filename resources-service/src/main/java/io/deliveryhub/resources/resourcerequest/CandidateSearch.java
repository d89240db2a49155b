package io.deliveryhub.resources.resourcerequest;

import io.deliveryhub.platform.persistence.Columns;
import io.deliveryhub.resources.availability.BookedHours;
import io.deliveryhub.resources.availability.Workforce;
import io.deliveryhub.resources.calendar.IsoWeek;
import io.deliveryhub.resources.calendar.IsoWeeks;
import io.deliveryhub.resources.calendar.WeekCapacity;
import io.deliveryhub.resources.person.Person;
import io.deliveryhub.resources.resourcerequest.CandidateRanking.Profile;
import io.deliveryhub.resources.resourcerequest.CandidateRanking.Requirement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Finds candidates for a request: everyone active in its period, their skills, time off and HARD bookings read
 * in a handful of set-based queries, then ranked in memory by {@link CandidateRanking}.
 */
@ApplicationScoped
public class CandidateSearch {

    private final ResourceRequestService requests;
    private final Workforce workforce;
    private final EntityManager entityManager;

    public CandidateSearch(ResourceRequestService requests, Workforce workforce, EntityManager entityManager) {
        this.requests = requests;
        this.workforce = workforce;
        this.entityManager = entityManager;
    }

    public CandidateList candidates(UUID requestId, int limit) {
        ResourceRequest request = requests.find(requestId);
        ResourceRequestView view = requests.view(request);
        List<Requirement> required = view.requiredSkills().stream()
                .map(s -> new Requirement(s.skillId(), s.skill(), s.minLevel())).toList();
        BookedHours need = new BookedHours(request.fromDate, request.toDate, request.hoursPerWeek);
        List<String> weeks = new ArrayList<>();
        List<IsoWeek> isoWeeks = IsoWeeks.between(request.fromDate, request.toDate);
        double[] needed = new double[isoWeeks.size()];
        for (int w = 0; w < needed.length; w++) {
            weeks.add(isoWeeks.get(w).toString());
            needed[w] = need.in(isoWeeks.get(w)).doubleValue();
        }
        // Someone without any required skill scores 0 and is never a candidate: leave them in the database.
        Workforce.Staff staff = workforce.activeBetweenWithAnySkill(request.fromDate, request.toDate,
                required.stream().map(Requirement::skillId).toList());
        Map<UUID, Map<UUID, Integer>> skills = skillLevels(required);
        List<Profile> profiles = new ArrayList<>(staff.people().size());
        for (Person person : staff.people()) {
            List<BookedHours> hard = staff.bookingsOf(person.id).hard();
            List<WeekCapacity> capacity = staff.weeksOf(person);
            double[] free = new double[needed.length];
            for (int w = 0; w < free.length; w++) {
                WeekCapacity week = capacity.get(w);
                free[w] = week.capacityHours().doubleValue();
                for (BookedHours booking : hard) {
                    if (booking.overlaps(week.from(), week.to())) {
                        free[w] -= booking.between(week.from(), week.to()).doubleValue();
                    }
                }
            }
            profiles.add(new Profile(person.id, person.name, person.title, person.practice,
                    skills.getOrDefault(person.id, Map.of()), free));
        }
        return new CandidateList(request.id, request.role, request.fromDate, request.toDate, request.hoursPerWeek,
                view.requiredSkills(), profiles.size(), CandidateRanking.rank(required, weeks, needed, profiles, limit));
    }

    /** Levels of the required skills only, by person: one query for everyone. */
    private Map<UUID, Map<UUID, Integer>> skillLevels(List<Requirement> required) {
        Map<UUID, Map<UUID, Integer>> levels = new HashMap<>();
        if (required.isEmpty()) {
            return levels;
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery(
                "select person_id, skill_id, level from person_skill where skill_id = any(:skills)", Tuple.class)
                .setParameter("skills", required.stream().map(Requirement::skillId).toArray(UUID[]::new))
                .getResultList();
        for (Columns row : rows.stream().map(Columns::of).toList()) {
            levels.computeIfAbsent(row.uuid("person_id"), id -> new HashMap<>())
                    .put(row.uuid("skill_id"), row.integer("level"));
        }
        return levels;
    }
}
