package io.deliveryhub.gateway.auth;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BearerTokensTest {

    @Test
    void anIdentityProviderWithoutAudienceIsAConfigurationError() {
        OidcConfig withoutAudience = new OidcConfig() {
            public Optional<String> issuer() {
                return Optional.of("https://idp.example.com");
            }

            public Optional<String> jwksUrl() {
                return Optional.of("https://idp.example.com/jwks");
            }

            public Optional<String> audience() {
                return Optional.empty();
            }

            public String rolesClaim() {
                return "groups";
            }

            public String personIdClaim() {
                return "personId";
            }
        };

        assertThatThrownBy(() -> new BearerTokens(withoutAudience, new DevIssuer(false, Duration.ofHours(1)), 600))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("DELIVERYHUB_OIDC_AUDIENCE");
    }
}
