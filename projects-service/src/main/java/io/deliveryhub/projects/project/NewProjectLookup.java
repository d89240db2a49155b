package io.deliveryhub.projects.project;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import org.hibernate.Session;

/**
 * What creating a project must know of the database before it writes, in one round trip of plain JDBC on the
 * transaction's connection: whether its key is taken and whether its client exists. As a query for the key and an
 * entity load of the client, the two were about two fifths of a project creation's CPU in the service
 * (docs/performance.md).
 */
final class NewProjectLookup {

    /**
     * @param keyTaken another project has the key
     * @param clientKnown the client exists
     */
    record Found(boolean keyTaken, boolean clientKnown) {
    }

    private NewProjectLookup() {
    }

    static Found of(Session session, String key, UUID clientId) {
        // what the transaction wrote before (a CRM import's new client) must be in the database for the query to see it
        session.flush();
        return session.doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select exists (select from project where key = ?) as key_taken,"
                            + " exists (select from client where id = ?) as client_known")) {
                select.setString(1, key);
                select.setObject(2, clientId);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return new Found(row.getBoolean("key_taken"), row.getBoolean("client_known"));
                }
            }
        });
    }
}
