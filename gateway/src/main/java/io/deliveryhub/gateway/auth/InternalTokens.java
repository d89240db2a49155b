package io.deliveryhub.gateway.auth;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The short-lived JWT the services trust (docs/access.md#tokens), signed with the gateway's private key
 * ({@code smallrye.jwt.sign.key.location}). Signing is the expensive part of a request, so a token is
 * cached per caller and reused until shortly before it expires.
 */
// Singleton, not application-scoped: asked on every request, where a client proxy's bean lookup per call showed in profiles
@Singleton
public class InternalTokens {

    private final String issuer;
    private final Duration lifetime;
    private final Clock clock = Clock.systemUTC();
    private final Map<Holder, Signed> cache = new ConcurrentHashMap<>();

    /** A token is for one caller at one service: it names the service as its audience. */
    private record Holder(Caller caller, String audience) {
    }

    private record Signed(String token, Instant renewAfter) {
    }

    public InternalTokens(@ConfigProperty(name = "deliveryhub.gateway.token.issuer") String issuer,
            @ConfigProperty(name = "deliveryhub.gateway.token.lifetime", defaultValue = "PT5M") Duration lifetime) {
        this.issuer = issuer;
        this.lifetime = lifetime;
    }

    /** The token for the caller's request to this upstream (its name in the route table is the {@code aud}). */
    public String tokenFor(Caller caller, String audience) {
        Holder holder = new Holder(caller, audience);
        Instant now = clock.instant();
        if (cache.size() > 10_000) {
            // callers come and go; forgetting everyone now and then keeps memory bounded at the cost of a few signatures
            cache.clear();
        }
        Signed cached = cache.get(holder);
        if (cached != null && now.isBefore(cached.renewAfter())) {
            // the common case reads without compute's lock on the caller's bin
            return cached.token();
        }
        return cache.compute(holder, (key, current) -> current != null && now.isBefore(current.renewAfter())
                ? current
                : sign(key, now)).token();
    }

    private Signed sign(Holder holder, Instant now) {
        Caller caller = holder.caller();
        JwtClaimsBuilder claims = Jwt.issuer(issuer)
                .audience(holder.audience())
                .subject(caller.subject())
                .groups(caller.roles())
                .issuedAt(now)
                .expiresAt(now.plus(lifetime));
        if (caller.personId() != null) {
            claims.claim("personId", caller.personId());
        }
        if (caller.integration() != null) {
            claims.claim("integration", caller.integration());
        }
        // Renew at four fifths of the lifetime, so a forwarded token never expires on its way.
        return new Signed(claims.sign(), now.plus(lifetime.multipliedBy(4).dividedBy(5)));
    }
}
