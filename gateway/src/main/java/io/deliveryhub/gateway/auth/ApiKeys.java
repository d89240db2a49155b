package io.deliveryhub.gateway.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.Set;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Authenticates {@code X-API-Key}. Until integrations get their own keys, the only key is the bootstrap
 * admin key from {@code DELIVERYHUB_ADMIN_API_KEY}; only its SHA-256 hash is kept in memory and keys
 * are compared as hashes in constant time.
 */
@ApplicationScoped
public class ApiKeys {

    public static final String HEADER = "X-API-Key";
    static final Caller ADMIN = new Caller("admin", Set.of("ADMIN"));

    private final byte[] adminKeyHash;

    public ApiKeys(@ConfigProperty(name = "deliveryhub.gateway.admin-api-key") String adminKey) {
        this.adminKeyHash = sha256(adminKey);
    }

    public Optional<Caller> authenticate(String presentedKey) {
        if (presentedKey == null || presentedKey.isBlank()) {
            return Optional.empty();
        }
        return MessageDigest.isEqual(adminKeyHash, sha256(presentedKey)) ? Optional.of(ADMIN) : Optional.empty();
    }

    static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
