package io.deliveryhub.testkit;

import io.smallrye.jwt.build.Jwt;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

/**
 * Mints internal JWTs like the gateway's, for any roles and person, signed with a key pair made once
 * per test JVM. Services verify them with the public key the test resource hands to Quarkus.
 */
public final class TestTokens {

    public static final String ISSUER = "deliveryhub-gateway";
    /**
     * The gateway names the one service a token is for ({@code mp.jwt.verify.audiences} of each service); test
     * tokens name every service, so one token serves the tests of any of them.
     */
    public static final Set<String> SERVICES = Set.of("projects", "resources", "delivery-metrics");
    private static final KeyPair KEYS = generate();

    private TestTokens() {
    }

    /** A person's token: subject, roles and {@code personId}. */
    public static String person(UUID personId, String... roles) {
        return Jwt.issuer(ISSUER)
                .audience(SERVICES)
                .subject("person-" + personId)
                .groups(Set.of(roles))
                .claim("personId", personId.toString())
                .expiresIn(Duration.ofHours(1))
                .sign(KEYS.getPrivate());
    }

    /** A token with these roles for a person nobody else in the test refers to. */
    public static String withRoles(String... roles) {
        return person(UUID.randomUUID(), roles);
    }

    /** An integration's token: its name is the subject; it has no personId. */
    public static String integration(String name, String... roles) {
        return Jwt.issuer(ISSUER).audience(SERVICES).subject(name).groups(Set.of(roles)).claim("integration", name)
                .expiresIn(Duration.ofHours(1)).sign(KEYS.getPrivate());
    }

    /** A well-formed token that the services must refuse: signed by a key they do not trust. */
    public static String forged(String... roles) {
        return Jwt.issuer(ISSUER).audience(SERVICES).subject("intruder").groups(Set.of(roles))
                .expiresIn(Duration.ofHours(1)).sign(generate().getPrivate());
    }

    /** A token the gateway signed for another service (or none, when {@code audience} is null), which must be refused. */
    public static String forAudience(String audience, String... roles) {
        var claims = Jwt.issuer(ISSUER).subject("elsewhere").groups(Set.of(roles)).expiresIn(Duration.ofHours(1));
        if (audience != null) {
            claims.audience(audience);
        }
        return claims.sign(KEYS.getPrivate());
    }

    /**
     * The public key, Base64-encoded, for {@code mp.jwt.verify.publickey}. Content rather than a location,
     * because in test mode smallrye-jwt generates an in-memory key that outranks a configured location.
     */
    static String publicKey() {
        return Base64.getEncoder().encodeToString(KEYS.getPublic().getEncoded());
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
