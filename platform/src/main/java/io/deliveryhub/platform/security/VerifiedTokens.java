package io.deliveryhub.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.util.function.LongSupplier;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The internal JWT's parser, remembering the tokens it has verified until they expire. The gateway signs one token
 * per principal and reuses it for its lifetime (docs/access.md), so a service sees the same few tokens over and over and verifying
 * the same signature again would be wasted work (see docs/performance.md). The very same string verified once
 * verifies again with the same claims, so the answer is reused, but never past the token's expiry: from then on
 * every call goes to the parser, which refuses it as before. Everything else is delegated.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    /** Far more principals than call at once; past it the least useful entries go. */
    static final int CAPACITY = 4096;

    private final DefaultJWTParser parser;
    /** The parser's time (the system's), not the business clock that tests may set to another day. */
    private final LongSupplier epochSeconds;
    private final Cache<String, JsonWebToken> verified;

    @Inject
    public VerifiedTokens(DefaultJWTParser parser) {
        this(parser, () -> System.currentTimeMillis() / 1000);
    }

    VerifiedTokens(DefaultJWTParser parser, LongSupplier epochSeconds) {
        this.parser = parser;
        this.epochSeconds = epochSeconds;
        this.verified = Caffeine.newBuilder().maximumSize(CAPACITY)
                .expireAfter(Expiry.<String, JsonWebToken> creating((token, jwt) ->
                        Duration.ofSeconds(Math.max(0, jwt.getExpirationTime() - epochSeconds.getAsLong()))))
                .build();
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.getIfPresent(token);
        // the expiry is checked here too, against the parser's time, rather than trusted to the cache's own ticker
        if (known != null && epochSeconds.getAsLong() < known.getExpirationTime()) {
            return known;
        }
        JsonWebToken parsed = parser.parse(token);
        verified.put(token, parsed);
        return parsed;
    }

    /**
     * Takes {@code token} for {@code jwt} without a signature, until the token's expiry or {@link #forget}: only for a
     * credential the service made itself and never lets out of its process (its warm-up's, see WarmUpCredential).
     */
    public void admit(String token, JsonWebToken jwt) {
        verified.put(token, jwt);
    }

    public void forget(String token) {
        verified.invalidate(token);
    }

    /** How many verified tokens are remembered, once pending evictions are done. */
    long remembered() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return parser.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return parser.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return parser.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return parser.parseOnly(token);
    }
}
