package io.deliveryhub.platform.warmup;

import io.deliveryhub.platform.security.Roles;
import io.deliveryhub.platform.security.VerifiedTokens;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;

/**
 * The bearer token of the warm-up's requests to its own service: random, known only inside this process, admitted as
 * an ADMIN named {@value #NAME} until the warm-up ends (then forgotten) or expires. The service cannot sign a token the
 * gateway's way, and needs none: the token never leaves the loopback requests of its own warm-up.
 */
final class WarmUpCredential implements AutoCloseable {

    static final String NAME = "warm-up";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final VerifiedTokens tokens;
    private final String token;

    private WarmUpCredential(VerifiedTokens tokens, String token) {
        this.tokens = tokens;
        this.token = token;
    }

    static WarmUpCredential admit(VerifiedTokens tokens, Duration lifetime) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = NAME + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        JwtClaims claims = new JwtClaims();
        claims.setSubject(NAME);
        claims.setClaim("upn", NAME);
        claims.setStringListClaim("groups", List.of(Roles.ADMIN));
        claims.setExpirationTime(NumericDate.fromSeconds(Instant.now().plus(lifetime).getEpochSecond()));
        tokens.admit(token, new DefaultJWTCallerPrincipal(token, claims));
        return new WarmUpCredential(tokens, token);
    }

    String bearer() {
        return "Bearer " + token;
    }

    @Override
    public void close() {
        tokens.forget(token);
    }
}
