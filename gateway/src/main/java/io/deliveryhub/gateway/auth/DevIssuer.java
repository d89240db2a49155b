package io.deliveryhub.gateway.auth;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stands in for the organisation's identity provider on the local stack and in tests: mints people's
 * tokens with a key pair made at start-up, so a restart invalidates them all. Enabled only by
 * {@code deliveryhub.gateway.dev-issuer.enabled} ({@code DELIVERYHUB_DEV_ISSUER_ENABLED}), off unless the local
 * stack's launcher or the tests switch it on.
 */
@ApplicationScoped
public class DevIssuer {

    public static final String ISSUER = "deliveryhub-dev-issuer";

    private final boolean enabled;
    private final Duration lifetime;
    private final KeyPair keys;

    public DevIssuer(@ConfigProperty(name = "deliveryhub.gateway.dev-issuer.enabled") boolean enabled,
            @ConfigProperty(name = "deliveryhub.gateway.dev-issuer.lifetime", defaultValue = "PT8H") Duration lifetime) {
        this.enabled = enabled;
        this.lifetime = lifetime;
        this.keys = enabled ? generate() : null;
    }

    public boolean enabled() {
        return enabled;
    }

    public PublicKey publicKey() {
        return keys.getPublic();
    }

    public String issue(String subject, Set<String> roles, String personId) {
        var claims = Jwt.issuer(ISSUER).subject(subject).groups(roles).expiresIn(lifetime);
        if (personId != null) {
            claims.claim("personId", personId);
        }
        return claims.jws().keyId("dev").sign(keys.getPrivate());
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
