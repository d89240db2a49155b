package io.deliveryhub.gateway.auth;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The short-lived JWT the services trust (docs/access.md#tokens), signed with the gateway's private key
 * ({@code smallrye.jwt.sign.key.location}). Signing is the expensive part of a request, so a token is
 * cached per caller and reused until shortly before it expires.
 */
// Singleton: on every request's path (see the io.deliveryhub.gateway package)
@Singleton
public class InternalTokens {

    private final String issuer;
    private final Duration lifetime;
    private final Clock clock = Clock.systemUTC();
    private final LoadingCache<Holder, String> cache;

    /**
     * A token is for one caller at one service: it names the service as its audience. Looked up on every request,
     * so equality tries the same caller instance (the authentication caches hand out one per credential) first.
     */
    private record Holder(Caller caller, String audience) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Holder that && audience.equals(that.audience)
                    && (caller == that.caller || caller.equals(that.caller));
        }

        @Override
        public int hashCode() {
            return 31 * caller.hashCode() + audience.hashCode();
        }
    }

    public InternalTokens(@ConfigProperty(name = "deliveryhub.gateway.token.issuer") String issuer,
            @ConfigProperty(name = "deliveryhub.gateway.token.lifetime", defaultValue = "PT5M") Duration lifetime) {
        this.issuer = issuer;
        this.lifetime = lifetime;
        // renewed at four fifths of its lifetime, so a forwarded token never expires on its way
        this.cache = Caffeine.newBuilder().maximumSize(10_000)
                .expireAfterWrite(lifetime.multipliedBy(4).dividedBy(5))
                .build(this::sign);
    }

    /** The token for the caller's request to this upstream (its name in the route table is the {@code aud}). */
    public String tokenFor(Caller caller, String audience) {
        return cache.get(new Holder(caller, audience));
    }

    private String sign(Holder holder) {
        Instant now = clock.instant();
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
        return claims.sign();
    }
}
