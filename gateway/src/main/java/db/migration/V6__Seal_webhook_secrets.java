package db.migration;

import io.deliveryhub.gateway.webhook.SealingKeys;
import io.deliveryhub.gateway.webhook.SubscriptionStore;
import io.deliveryhub.gateway.webhook.WebhookSecret;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Seals the webhook secrets stored in clear before V5 with the first key of {@code DELIVERYHUB_WEBHOOKS_SECRET_KEYS}
 * and clears them: a Java migration, since the key comes from the configuration, never from SQL.
 */
public class V6__Seal_webhook_secrets extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        SealingKeys keys = SealingKeys.of(ConfigProvider.getConfig()
                .getValues(SealingKeys.PROPERTY, String.class));
        Connection connection = context.getConnection();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, secret, previous_secret FROM webhook_subscription WHERE secret IS NOT NULL");
                PreparedStatement seal = connection.prepareStatement("UPDATE webhook_subscription SET secret = NULL, "
                        + "previous_secret = NULL, secret_sealed = ?, secret_key_id = ?, previous_secret_sealed = ?, "
                        + "previous_secret_key_id = ? WHERE id = ?");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                UUID id = rows.getObject("id", UUID.class);
                SealingKeys.Sealed secret = keys.seal(new WebhookSecret(rows.getString("secret")), id,
                        SubscriptionStore.SECRET);
                String previousText = rows.getString("previous_secret");
                SealingKeys.Sealed previous = previousText == null ? null
                        : keys.seal(new WebhookSecret(previousText), id, SubscriptionStore.PREVIOUS_SECRET);
                seal.setBytes(1, secret.bytes());
                seal.setString(2, secret.keyId());
                seal.setBytes(3, previous == null ? null : previous.bytes());
                seal.setString(4, previous == null ? null : previous.keyId());
                seal.setObject(5, id);
                seal.addBatch();
            }
            seal.executeBatch();
        }
    }
}
