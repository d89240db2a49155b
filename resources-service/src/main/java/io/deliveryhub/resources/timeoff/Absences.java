package io.deliveryhub.resources.timeoff;

import io.deliveryhub.resources.calendar.Absence;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** People's time off as absences for their working calendars, read in one query whatever the head count. */
@ApplicationScoped
public class Absences {

    /** Above this many people one range query and an in-memory filter beat a huge IN list. */
    private static final int IN_LIST_LIMIT = 1000;

    /** Each person's time off that overlaps [from, to], keyed by person id. */
    public Map<UUID, List<Absence>> of(Set<UUID> personIds, LocalDate from, LocalDate to) {
        Map<UUID, List<Absence>> byPerson = new HashMap<>();
        if (personIds.isEmpty()) {
            return byPerson;
        }
        List<TimeOff> rows = personIds.size() <= IN_LIST_LIMIT
                ? TimeOff.list("personId in ?1 and fromDate <= ?2 and toDate >= ?3", personIds, to, from)
                : TimeOff.list("fromDate <= ?1 and toDate >= ?2", to, from);
        for (TimeOff row : rows) {
            if (personIds.contains(row.personId)) {
                byPerson.computeIfAbsent(row.personId, id -> new ArrayList<>()).add(row.toAbsence());
            }
        }
        return byPerson;
    }
}
