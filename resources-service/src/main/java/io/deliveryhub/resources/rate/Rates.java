package io.deliveryhub.resources.rate;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Rate histories for costing time entries, loaded in one query however many people are involved. */
@ApplicationScoped
public class Rates {

    public RateHistory historyOf(UUID personId) {
        return historiesOf(List.of(personId)).get(personId);
    }

    /** A history for every id asked for (an empty one for people without rates). */
    public Map<UUID, RateHistory> historiesOf(Collection<UUID> personIds) {
        Map<UUID, List<RateHistory.Step>> steps = new HashMap<>();
        if (!personIds.isEmpty()) {
            List<PersonRate> rows = PersonRate.list("personId in ?1", personIds);
            for (PersonRate row : rows) {
                steps.computeIfAbsent(row.personId, id -> new ArrayList<>())
                        .add(new RateHistory.Step(row.effectiveFrom, row.costRate, row.billRate));
            }
        }
        Map<UUID, RateHistory> histories = new HashMap<>();
        for (UUID id : personIds) {
            histories.put(id, new RateHistory(steps.getOrDefault(id, List.of())));
        }
        return histories;
    }
}
