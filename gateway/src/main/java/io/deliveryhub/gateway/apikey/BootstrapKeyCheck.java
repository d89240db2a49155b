package io.deliveryhub.gateway.apikey;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The local stack's admin key is written in the repository for convenience; a gateway serving real
 * traffic with it would be open to anyone who read the README. So only the local, dev and test profiles
 * may start with it.
 */
public class BootstrapKeyCheck {

    static final String LOCAL_DEFAULT = "local-admin-key";
    private static final Set<String> PROFILES_ALLOWING_DEFAULT = Set.of("local", "dev", "test");
    private static final int MINIMUM_LENGTH = 16;

    void onStart(@Observes StartupEvent event,
            @ConfigProperty(name = "deliveryhub.gateway.admin-api-key") String adminKey) {
        refuseUnsafe(ConfigUtils.getProfiles(), adminKey);
    }

    static void refuseUnsafe(List<String> profiles, String adminKey) {
        if (profiles.stream().anyMatch(PROFILES_ALLOWING_DEFAULT::contains)) {
            return;
        }
        if (adminKey.isBlank() || LOCAL_DEFAULT.equals(adminKey) || adminKey.length() < MINIMUM_LENGTH) {
            throw new IllegalStateException("DELIVERYHUB_ADMIN_API_KEY must be set to a secret of at least "
                    + MINIMUM_LENGTH + " characters, not the local default, outside the local profile");
        }
    }
}
