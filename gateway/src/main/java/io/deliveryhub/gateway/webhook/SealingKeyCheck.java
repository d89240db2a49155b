package io.deliveryhub.gateway.webhook;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * At start-up, before any delivery is planned or sent: the local stack's sealing key (written in the repository, so it
 * protects nothing) only in the local, dev and test profiles; every stored secret's key present and right; secrets of
 * a key that no longer seals sealed again with the one that does.
 */
@ApplicationScoped
public class SealingKeyCheck {

    private static final Logger LOG = Logger.getLogger(SealingKeyCheck.class);
    static final String LOCAL_KEY = "ZGVsaXZlcnlodWItbG9jYWwtd2ViaG9vay1rZXktMDA=";
    private static final Set<String> PROFILES_ALLOWING_LOCAL_KEY = Set.of("local", "dev", "test");

    void onStart(@Observes @Priority(1) StartupEvent event, WebhookSettings settings, SubscriptionStore store) {
        refuseLocalKey(ConfigUtils.getProfiles(), settings.secretKeys());
        store.requireKeysForEverySecret();
        int resealed = store.resealWithTheSealingKey();
        if (resealed > 0) {
            LOG.infof("sealed the secrets of %d webhook subscriptions again with the key '%s'", resealed,
                    settings.sealingKeys().sealingKeyId());
        }
    }

    static void refuseLocalKey(List<String> profiles, List<String> keys) {
        if (profiles.stream().noneMatch(PROFILES_ALLOWING_LOCAL_KEY::contains)
                && keys.stream().anyMatch(entry -> entry.trim().endsWith(":" + LOCAL_KEY))) {
            throw new IllegalStateException(SealingKeys.VARIABLE + " must hold keys of your own (openssl rand -base64 "
                    + "32), not the local stack's, outside the local profile");
        }
    }
}
