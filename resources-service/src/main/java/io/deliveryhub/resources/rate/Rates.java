package io.deliveryhub.resources.rate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Rate histories for costing time entries, loaded in one query however many people are involved. Plain rows, not
 * entities: an import costs thousands of people's entries, and managed rates would only be dirty-checked at flush.
 */
@ApplicationScoped
public class Rates {

    private final EntityManager entityManager;

    public Rates(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public RateHistory historyOf(UUID personId) {
        return historiesOf(List.of(personId)).get(personId);
    }

    /** A history for every id asked for (an empty one for people without rates). */
    public Map<UUID, RateHistory> historiesOf(Collection<UUID> personIds) {
        Map<UUID, List<RateHistory.Step>> steps = new HashMap<>();
        if (!personIds.isEmpty()) {
            List<?> rows = entityManager.createNativeQuery(
                    "select person_id, effective_from, cost_rate, bill_rate from person_rate where person_id = any(:people)")
                    .setParameter("people", personIds.toArray(UUID[]::new)).getResultList();
            for (Object row : rows) {
                Object[] columns = (Object[]) row;
                steps.computeIfAbsent((UUID) columns[0], id -> new ArrayList<>())
                        .add(new RateHistory.Step(date(columns[1]), (BigDecimal) columns[2], (BigDecimal) columns[3]));
            }
        }
        Map<UUID, RateHistory> histories = new HashMap<>();
        for (UUID id : personIds) {
            histories.put(id, new RateHistory(steps.getOrDefault(id, List.of())));
        }
        return histories;
    }

    private static LocalDate date(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
