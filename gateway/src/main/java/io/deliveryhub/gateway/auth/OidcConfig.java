package io.deliveryhub.gateway.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The organisation's identity provider, whose bearer JWTs identify people. */
@ConfigMapping(prefix = "deliveryhub.gateway.oidc")
public interface OidcConfig {

    /** The {@code iss} its tokens carry; without it (and a JWKS URL) people cannot sign in with bearer tokens. */
    Optional<String> issuer();

    /** Where its signing keys are published; fetched on first use and again when a token names an unknown key. */
    Optional<String> jwksUrl();

    /** The {@code aud} its tokens must carry for this API; required when an issuer is configured. */
    Optional<String> audience();

    /** The claim holding the roles; a dotted path reaches into objects (Keycloak: {@code realm_access.roles}). */
    @WithDefault("groups")
    String rolesClaim();

    @WithDefault("personId")
    String personIdClaim();
}
