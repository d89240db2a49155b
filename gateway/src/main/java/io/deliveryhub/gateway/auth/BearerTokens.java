package io.deliveryhub.gateway.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;

/**
 * Verifies people's bearer JWTs: from the configured OIDC issuer (keys from its JWKS) and, where enabled,
 * from the {@link DevIssuer}. Only roles the system knows are kept. A verified token is remembered until it
 * expires, so verification (and any JWKS fetch, which blocks) happens once per token.
 */
// Singleton: on every request's path (see the io.deliveryhub.gateway package)
@Singleton
// made at start-up, so an incomplete OIDC configuration stops the gateway instead of failing its requests
@Startup
public class BearerTokens {

    private static final Logger LOG = Logger.getLogger(BearerTokens.class);
    private static final int CACHE_LIMIT = 10_000;

    private final OidcConfig oidc;
    private final int ratePerMinute;
    private final JwtConsumer oidcConsumer;
    private final JwtConsumer devConsumer;
    private final Clock clock = Clock.systemUTC();
    private final Cache<String, Verified> cache = Caffeine.newBuilder().maximumSize(CACHE_LIMIT)
            .expireAfter(Expiry.<String, Verified> creating((token, verified) -> untilExpiry(verified)))
            .build();

    private record Verified(Caller caller, Instant expiresAt) {
    }

    public BearerTokens(OidcConfig oidc, DevIssuer devIssuer,
            @ConfigProperty(name = "deliveryhub.gateway.rate-limit.person-per-minute") int ratePerMinute) {
        this.oidc = oidc;
        this.ratePerMinute = ratePerMinute;
        this.oidcConsumer = oidc.issuer().isPresent() && oidc.jwksUrl().isPresent() ? oidcConsumer(oidc) : null;
        this.devConsumer = devIssuer.enabled()
                ? base(DevIssuer.ISSUER).setSkipDefaultAudienceValidation()
                        .setVerificationKey(devIssuer.publicKey()).build()
                : null;
    }

    public Optional<Caller> known(String token) {
        Verified verified = cache.getIfPresent(token);
        return verified == null ? Optional.empty() : Optional.of(verified.caller());
    }

    private Duration untilExpiry(Verified verified) {
        Duration left = Duration.between(clock.instant(), verified.expiresAt());
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Blocking (the first token of an issuer fetches its JWKS). Empty when the token is not valid. */
    public Optional<Caller> verify(String token) {
        Optional<Caller> known = known(token);
        if (known.isPresent()) {
            return known;
        }
        for (JwtConsumer consumer : new JwtConsumer[] { devConsumer, oidcConsumer }) {
            if (consumer == null) {
                continue;
            }
            try {
                JwtClaims claims = consumer.processToClaims(token);
                boolean dev = consumer == devConsumer;
                Object personIdClaim = claims.getClaimValue(dev ? "personId" : oidc.personIdClaim());
                String personId = personIdClaim == null ? null : uuid(personIdClaim.toString());
                if (personIdClaim != null && personId == null) {
                    // every service takes the person id for a UUID: a token saying otherwise identifies nobody
                    LOG.debugf("bearer token refused: its person id is not a UUID");
                    return Optional.empty();
                }
                Caller caller = Caller.person(claims.getSubject(),
                        roles(claims, dev ? "groups" : oidc.rolesClaim()), personId, ratePerMinute);
                cache.put(token, new Verified(caller, Instant.ofEpochSecond(claims.getExpirationTime().getValue())));
                return Optional.of(caller);
            } catch (InvalidJwtException | MalformedClaimException e) {
                LOG.debugf("bearer token refused: %s", e.getMessage());
            }
        }
        return Optional.empty();
    }

    /**
     * A token the provider issued for another application must not open this one, so the audience is required;
     * and only the asymmetric algorithms providers sign with are accepted (never {@code none} or an HMAC).
     */
    private static JwtConsumer oidcConsumer(OidcConfig oidc) {
        String audience = oidc.audience().filter(value -> !value.isBlank()).orElseThrow(() -> new IllegalStateException(
                "DELIVERYHUB_OIDC_AUDIENCE must name this API's audience when DELIVERYHUB_OIDC_ISSUER is set"));
        return base(oidc.issuer().get())
                .setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(new HttpsJwks(oidc.jwksUrl().get())))
                .setExpectedAudience(audience)
                .build();
    }

    private static JwtConsumerBuilder base(String issuer) {
        return new JwtConsumerBuilder()
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.RSA_USING_SHA256, AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256)
                .setExpectedIssuer(issuer)
                .setRequireExpirationTime()
                .setRequireSubject()
                .setAllowedClockSkewInSeconds(30);
    }

    private static Set<String> roles(JwtClaims claims, String path) {
        Object value = claims.getClaimsMap();
        for (String step : path.split("\\.")) {
            value = value instanceof Map<?, ?> map ? map.get(step) : null;
        }
        if (!(value instanceof Collection<?> roles)) {
            return Set.of();
        }
        return roles.stream().map(String::valueOf).filter(Roles.ALL::contains).collect(Collectors.toSet());
    }

    /** The text as a UUID in its canonical form, or null when it is none. */
    private static String uuid(String text) {
        try {
            return UUID.fromString(text).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
