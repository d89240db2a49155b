package io.deliveryhub.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static final long NOW = 1_800_000_000L;

    /** Stands for the real parser: counts its calls and "verifies" tokens named good-*, expiring at NOW + 300. */
    private static final class CountingParser extends DefaultJWTParser {
        int calls;

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            calls++;
            if (!token.startsWith("good-")) {
                throw new ParseException("bad signature");
            }
            JwtClaims claims = new JwtClaims();
            claims.setSubject(token);
            claims.setExpirationTime(org.jose4j.jwt.NumericDate.fromSeconds(NOW + 300));
            return new DefaultJWTCallerPrincipal(token, claims);
        }
    }

    private final CountingParser parser = new CountingParser();
    private final AtomicLong now = new AtomicLong(NOW);
    private final VerifiedTokens tokens = new VerifiedTokens(parser, now::get);

    @Test
    void verifiesATokenOnceAndReusesTheAnswerUntilItExpires() throws ParseException {
        JsonWebToken first = tokens.parse("good-a");
        now.set(NOW + 299);
        JsonWebToken again = tokens.parse("good-a");

        assertThat(again).isSameAs(first);
        assertThat(again.getSubject()).isEqualTo("good-a");
        assertThat(parser.calls).isEqualTo(1);
    }

    @Test
    void takesAnAdmittedTokenWithoutTheParserUntilItIsForgotten() throws ParseException {
        JwtClaims claims = new JwtClaims();
        claims.setSubject("warm-up");
        claims.setExpirationTime(org.jose4j.jwt.NumericDate.fromSeconds(NOW + 60));
        tokens.admit("made-here", new DefaultJWTCallerPrincipal("made-here", claims));

        assertThat(tokens.parse("made-here").getSubject()).isEqualTo("warm-up");
        assertThat(parser.calls).isZero();

        tokens.forget("made-here");
        assertThatThrownBy(() -> tokens.parse("made-here")).isInstanceOf(ParseException.class);
        assertThat(parser.calls).isEqualTo(1);
    }

    @Test
    void refusesAnAdmittedTokenOnceItHasExpired() {
        JwtClaims claims = new JwtClaims();
        claims.setExpirationTime(org.jose4j.jwt.NumericDate.fromSeconds(NOW + 60));
        tokens.admit("made-here", new DefaultJWTCallerPrincipal("made-here", claims));
        now.set(NOW + 60);

        assertThatThrownBy(() -> tokens.parse("made-here")).isInstanceOf(ParseException.class);
    }

    @Test
    void asksTheParserAgainOnceTheTokenHasExpired() throws ParseException {
        tokens.parse("good-a");
        now.set(NOW + 300);
        tokens.parse("good-a");

        assertThat(parser.calls).isEqualTo(2);
    }

    @Test
    void neverRemembersATokenThatFailedVerification() {
        assertThatThrownBy(() -> tokens.parse("forged")).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> tokens.parse("forged")).isInstanceOf(ParseException.class);

        assertThat(parser.calls).isEqualTo(2);
    }

    @Test
    void keepsDistinctTokensApart() throws ParseException {
        assertThat(tokens.parse("good-a").getSubject()).isEqualTo("good-a");
        assertThat(tokens.parse("good-b").getSubject()).isEqualTo("good-b");
        assertThat(tokens.parse("good-a").getSubject()).isEqualTo("good-a");
        assertThat(parser.calls).isEqualTo(2);
    }

    @Test
    void remembersNoMoreThanItsCapacity() throws ParseException {
        for (int i = 0; i < VerifiedTokens.CAPACITY + 100; i++) {
            tokens.parse("good-" + i);
        }

        assertThat(tokens.remembered()).isEqualTo(VerifiedTokens.CAPACITY);
    }
}
