package io.deliveryhub.platform.security;

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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The internal JWT's parser, remembering the tokens it has verified until they expire. The gateway signs one token
 * per principal and reuses it for its lifetime (docs/access.md), so a service sees the same few tokens over and over;
 * verifying each request's RSA signature and parsing its claims again was 10 % of a service's CPU. The very same
 * string verified once verifies again with the same claims, so the answer is reused, but never past the token's
 * expiry: from then on every call goes to the parser, which refuses it as before. Everything else is delegated.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    /** Far more principals than call at once; when full it starts over rather than tracking which entry to drop. */
    static final int CAPACITY = 4096;

    private final DefaultJWTParser parser;
    /** The parser's time (the system's), not the business clock that tests may set to another day. */
    private final LongSupplier epochSeconds;
    private final Map<String, JsonWebToken> verified = new ConcurrentHashMap<>();

    @Inject
    public VerifiedTokens(DefaultJWTParser parser) {
        this(parser, () -> System.currentTimeMillis() / 1000);
    }

    VerifiedTokens(DefaultJWTParser parser, LongSupplier epochSeconds) {
        this.parser = parser;
        this.epochSeconds = epochSeconds;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.get(token);
        if (known != null) {
            if (epochSeconds.getAsLong() < known.getExpirationTime()) {
                return known;
            }
            verified.remove(token);
        }
        JsonWebToken parsed = parser.parse(token);
        if (verified.size() >= CAPACITY) {
            verified.clear();
        }
        verified.put(token, parsed);
        return parsed;
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
