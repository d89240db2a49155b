package io.deliveryhub.resources.rate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

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
        Map<UUID, List<RateHistory.Step>> steps = Map.of();
        if (!personIds.isEmpty()) {
            Session session = entityManager.unwrap(Session.class);
            // a rate just persisted in this transaction must count, as the native query's automatic flush made it
            session.flush();
            steps = session.doReturningWork(connection -> steps(connection, personIds));
        }
        Map<UUID, RateHistory> histories = new HashMap<>();
        for (UUID id : personIds) {
            histories.put(id, new RateHistory(steps.getOrDefault(id, List.of())));
        }
        return histories;
    }

    /** Plain JDBC: for an import's thousand people, Hibernate's native query handling cost more than the query. */
    private static Map<UUID, List<RateHistory.Step>> steps(Connection connection, Collection<UUID> personIds)
            throws SQLException {
        Map<UUID, List<RateHistory.Step>> steps = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select person_id, effective_from, cost_rate, bill_rate, currency from person_rate where person_id = any(?)")) {
            select.setArray(1, connection.createArrayOf("uuid", personIds.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    steps.computeIfAbsent(rows.getObject(1, UUID.class), id -> new ArrayList<>()).add(new RateHistory.Step(
                            rows.getObject(2, LocalDate.class), rows.getBigDecimal(3), rows.getBigDecimal(4),
                            rows.getString(5)));
                }
            }
        }
        return steps;
    }
}
