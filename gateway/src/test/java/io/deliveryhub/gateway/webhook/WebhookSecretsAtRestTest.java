package io.deliveryhub.gateway.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import db.migration.V6__Seal_webhook_secrets;
import io.deliveryhub.gateway.Callers;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

/** The gateway's database never holds a webhook secret in clear, and a wrong or missing key stops it with a reason. */
@QuarkusTest
class WebhookSecretsAtRestTest {

    private static final String PATH = "/api/v1/webhooks/subscriptions";
    private static final String LOCAL = "local:" + SealingKeyCheck.LOCAL_KEY;
    private static final String OTHER_KEY = Base64.getEncoder()
            .encodeToString("another-key-of-thirty-two-bytes!".getBytes(StandardCharsets.US_ASCII));

    @Inject
    DataSource dataSource;

    @Inject
    SubscriptionStore store;

    @Test
    void theTableHoldsNoClearSecretOnlySealedOnesBesideTheirKeysId() throws SQLException {
        JsonObject created = subscribe();
        String secret = created.getString("secret");
        String rotated = Callers.admin().post(PATH + "/" + created.getString("id") + "/rotate-secret")
                .then().statusCode(200).extract().path("secret");

        assertThat(columns()).doesNotContain("secret", "previous_secret")
                .contains("secret_sealed", "secret_key_id", "previous_secret_sealed", "previous_secret_key_id");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT * FROM webhook_subscription WHERE id = ?")) {
            query.setObject(1, UUID.fromString(created.getString("id")));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                assertThat(row.getString("secret_key_id")).isEqualTo("local");
                assertThat(row.getString("previous_secret_key_id")).isEqualTo("local");
                for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                    String stored = new String(String.valueOf(row.getObject(column)).getBytes(StandardCharsets.UTF_8),
                            StandardCharsets.ISO_8859_1) + new String(bytesOf(row, column), StandardCharsets.ISO_8859_1);
                    for (String clear : List.of(secret, rotated)) {
                        assertThat(stored).as(row.getMetaData().getColumnName(column))
                                .doesNotContain(clear).doesNotContain(clear.substring("whsec_".length()))
                                .doesNotContain(new String(new WebhookSecret(clear).key(), StandardCharsets.ISO_8859_1));
                    }
                }
            }
        }
        Subscription read = store.find(UUID.fromString(created.getString("id"))).orElseThrow();
        assertThat(read.secret().text()).isEqualTo(rotated);
        assertThat(read.previousSecret().text()).isEqualTo(secret);
    }

    @Test
    void aKeyIdGivenAnotherKeyStopsTheStartWithTheSubscriptionAndKeyNamed() {
        subscribe();
        SubscriptionStore wrongKey = new SubscriptionStore(dataSource, SealingKeys.of(List.of("local:" + OTHER_KEY)));

        assertThatThrownBy(wrongKey::requireKeysForEverySecret).isInstanceOf(SealingKeys.Unopenable.class)
                .hasMessageContaining("does not open with the key 'local' of DELIVERYHUB_WEBHOOKS_SECRET_KEYS");
    }

    @Test
    void aMissingKeyStopsTheStartWithTheKeyNamed() {
        subscribe();
        SubscriptionStore otherKeys = new SubscriptionStore(dataSource, SealingKeys.of(List.of("k2:" + OTHER_KEY)));

        assertThatThrownBy(otherKeys::requireKeysForEverySecret).isInstanceOf(SealingKeys.Unopenable.class)
                .hasMessageContaining("sealed with the key 'local', which DELIVERYHUB_WEBHOOKS_SECRET_KEYS does not hold");
    }

    @Test
    void aNewFirstKeySealsEverySecretAgainAndTheOldKeyCanThenGo() throws SQLException {
        UUID id = UUID.fromString(subscribe().getString("id"));
        WebhookSecret secret = store.find(id).orElseThrow().secret();
        SubscriptionStore replaced = new SubscriptionStore(dataSource, SealingKeys.of(List.of("k2:" + OTHER_KEY, LOCAL)));
        try {
            assertThat(replaced.resealWithTheSealingKey()).isPositive();

            assertThat(keyIdOf(id)).isEqualTo("k2");
            SubscriptionStore newKeyOnly = new SubscriptionStore(dataSource, SealingKeys.of(List.of("k2:" + OTHER_KEY)));
            newKeyOnly.requireKeysForEverySecret();
            assertThat(newKeyOnly.find(id).orElseThrow().secret()).isEqualTo(secret);
        } finally {
            // back to this gateway's own key, which every other test's subscription is read with
            new SubscriptionStore(dataSource, SealingKeys.of(List.of(LOCAL, "k2:" + OTHER_KEY))).resealWithTheSealingKey();
        }
        assertThat(keyIdOf(id)).isEqualTo("local");
    }

    @Test
    void theMigrationSealsTheSecretsStoredInClearBeforeIt() throws Exception {
        WebhookSecret secret = WebhookSecret.generate();
        WebhookSecret previous = WebhookSecret.generate();
        UUID rotated = UUID.randomUUID();
        UUID plain = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            // the table as V5 left it, in a schema of its own
            statement.execute("DROP SCHEMA IF EXISTS before_v6 CASCADE");
            statement.execute("CREATE SCHEMA before_v6");
            statement.execute("CREATE TABLE before_v6.webhook_subscription (id uuid PRIMARY KEY, secret text, "
                    + "previous_secret text, secret_sealed bytea, secret_key_id text, previous_secret_sealed bytea, "
                    + "previous_secret_key_id text)");
            statement.execute("INSERT INTO before_v6.webhook_subscription (id, secret, previous_secret) VALUES ('"
                    + rotated + "', '" + secret.text() + "', '" + previous.text() + "'), ('" + plain + "', '"
                    + secret.text() + "', NULL)");
            statement.execute("SET search_path TO before_v6");
            try {
                new V6__Seal_webhook_secrets().migrate(on(connection));

                List<String> clear = new ArrayList<>();
                SealingKeys keys = SealingKeys.of(List.of(LOCAL));
                try (ResultSet rows = statement.executeQuery("SELECT * FROM webhook_subscription ORDER BY id")) {
                    while (rows.next()) {
                        UUID id = rows.getObject("id", UUID.class);
                        clear.add(rows.getString("secret"));
                        clear.add(rows.getString("previous_secret"));
                        assertThat(keys.open(new SealingKeys.Sealed(rows.getString("secret_key_id"),
                                rows.getBytes("secret_sealed")), id, SubscriptionStore.SECRET)).isEqualTo(secret);
                        if (id.equals(rotated)) {
                            assertThat(keys.open(new SealingKeys.Sealed(rows.getString("previous_secret_key_id"),
                                    rows.getBytes("previous_secret_sealed")), id, SubscriptionStore.PREVIOUS_SECRET))
                                    .isEqualTo(previous);
                        } else {
                            assertThat(rows.getBytes("previous_secret_sealed")).isNull();
                        }
                    }
                }
                assertThat(clear).hasSize(4).containsOnlyNulls();
            } finally {
                statement.execute("RESET search_path");
                statement.execute("DROP SCHEMA before_v6 CASCADE");
            }
        }
    }

    private static JsonObject subscribe() {
        String body = WebhookSubscriptionsTest.subscription("https://hooks.example.com/" + UUID.randomUUID(),
                "deliveryhub.project.*").encode();
        return new JsonObject(Callers.admin().contentType("application/json").body(body).post(PATH)
                .then().statusCode(201).extract().asString());
    }

    private List<String> columns() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT column_name FROM "
                        + "information_schema.columns WHERE table_name = 'webhook_subscription' "
                        + "AND table_schema = current_schema()");
                ResultSet rows = query.executeQuery()) {
            List<String> names = new ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            return names;
        }
    }

    private String keyIdOf(UUID id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT secret_key_id FROM webhook_subscription WHERE id = ?")) {
            query.setObject(1, id);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static byte[] bytesOf(ResultSet row, int column) throws SQLException {
        return row.getObject(column) instanceof byte[] bytes ? bytes : new byte[0];
    }

    private static Context on(Connection connection) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        };
    }
}
