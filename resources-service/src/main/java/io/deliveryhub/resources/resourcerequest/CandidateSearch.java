package io.deliveryhub.resources.resourcerequest;

import io.deliveryhub.resources.availability.Availability;
import io.deliveryhub.resources.availability.BookedHours;
import io.deliveryhub.resources.availability.WeekAvailability;
import io.deliveryhub.resources.availability.Workforce;
import io.deliveryhub.resources.calendar.IsoWeek;
import io.deliveryhub.resources.calendar.IsoWeeks;
import io.deliveryhub.resources.person.Person;
import io.deliveryhub.resources.resourcerequest.CandidateRanking.Profile;
import io.deliveryhub.resources.resourcerequest.CandidateRanking.Requirement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
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
        List<BigDecimal> needed = new ArrayList<>();
        for (IsoWeek week : IsoWeeks.between(request.fromDate, request.toDate)) {
            weeks.add(week.toString());
            needed.add(need.in(week));
        }
        Workforce.Staff staff = workforce.activeBetween(request.fromDate, request.toDate, null);
        Map<UUID, Map<UUID, Integer>> skills = skillLevels(required);
        List<Profile> profiles = new ArrayList<>(staff.people().size());
        for (Person person : staff.people()) {
            List<BigDecimal> free = new ArrayList<>(weeks.size());
            for (WeekAvailability week : Availability.weeks(staff.calendars().get(person.id),
                    staff.bookingsOf(person.id).hard(), List.of(), request.fromDate, request.toDate)) {
                free.add(week.freeHours());
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
        List<?> rows = entityManager.createNativeQuery(
                "select person_id, skill_id, level from person_skill where skill_id = any(:skills)")
                .setParameter("skills", required.stream().map(Requirement::skillId).toArray(UUID[]::new))
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            levels.computeIfAbsent((UUID) columns[0], id -> new HashMap<>())
                    .put((UUID) columns[1], ((Number) columns[2]).intValue());
        }
        return levels;
    }
}
