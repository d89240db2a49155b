package io.deliveryhub.gateway.auth;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The short-lived JWT the services trust (DESIGN.md §4), signed with the gateway's private key
 * ({@code smallrye.jwt.sign.key.location}). Signing is the expensive part of a request, so a token is
 * cached per caller and reused until shortly before it expires.
 */
@ApplicationScoped
public class InternalTokens {

    private final String issuer;
    private final Duration lifetime;
    private final Clock clock = Clock.systemUTC();
    private final Map<Caller, Signed> cache = new ConcurrentHashMap<>();

    private record Signed(String token, Instant renewAfter) {
    }

    public InternalTokens(@ConfigProperty(name = "deliveryhub.gateway.token.issuer") String issuer,
            @ConfigProperty(name = "deliveryhub.gateway.token.lifetime", defaultValue = "PT5M") Duration lifetime) {
        this.issuer = issuer;
        this.lifetime = lifetime;
    }

    public String tokenFor(Caller caller) {
        Instant now = clock.instant();
        return cache.compute(caller, (key, cached) -> cached != null && now.isBefore(cached.renewAfter())
                ? cached
                : sign(key, now)).token();
    }

    private Signed sign(Caller caller, Instant now) {
        Instant expiresAt = now.plus(lifetime);
        String token = Jwt.issuer(issuer)
                .subject(caller.subject())
                .groups(caller.roles())
                .issuedAt(now)
                .expiresAt(expiresAt)
                .sign();
        // Renew at four fifths of the lifetime, so a forwarded token never expires on its way.
        return new Signed(token, now.plus(lifetime.multipliedBy(4).dividedBy(5)));
    }
}
