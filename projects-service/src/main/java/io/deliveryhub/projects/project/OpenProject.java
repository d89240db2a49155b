package io.deliveryhub.projects.project;

import io.deliveryhub.platform.security.ProjectPeople;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/**
 * What a record written under a project needs to know of the project (whose it is, whether it still accepts
 * records), read with the project's share lock in one plain statement on the transaction's connection. As a managed
 * entity, the project's load (its JSON and array columns included) was the largest share of a status report's CPU in
 * the service (docs/performance.md).
 *
 * @param id the project's id, for the records' foreign key
 * @param key the project's key, for messages
 */
public record OpenProject(UUID id, String key, ProjectStatus status, ProjectPeople people) {

    /** The project by id or key, share-locked as {@code PESSIMISTIC_READ} would. */
    static Optional<OpenProject> locked(Session session, String idOrKey) {
        // what the transaction wrote before must be in the database for the query to see it
        session.flush();
        return ProjectKey.asId(idOrKey)
                .flatMap(id -> locked(session, "id", id))
                .or(() -> locked(session, "key", idOrKey));
    }

    private static Optional<OpenProject> locked(Session session, String column, Object value) {
        return session.doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select id, key, status, project_manager_id,"
                    + " delivery_manager_id, delivery_lead_id from project where " + column + " = ? for share")) {
                select.setObject(1, value);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(new OpenProject(row.getObject("id", UUID.class),
                            row.getString("key"), ProjectStatus.valueOf(row.getString("status")),
                            new ProjectPeople(row.getObject("project_manager_id", UUID.class),
                                    row.getObject("delivery_manager_id", UUID.class),
                                    row.getObject("delivery_lead_id", UUID.class))))
                            : Optional.empty();
                }
            }
        });
    }
}
