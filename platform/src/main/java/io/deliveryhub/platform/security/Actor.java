package io.deliveryhub.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.security.Principal;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is making the current request, as events and audit records name them. */
@RequestScoped
public class Actor {

    private final SecurityIdentity identity;

    public Actor(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /** The person behind the request (the internal JWT's {@code personId}); empty for integrations. */
    public Optional<UUID> personId() {
        Principal principal = identity.getPrincipal();
        if (principal instanceof JsonWebToken token && token.getClaim("personId") != null) {
            return Optional.of(UUID.fromString(token.getClaim("personId").toString()));
        }
        return Optional.empty();
    }

    public boolean hasAnyRole(String... roles) {
        for (String role : roles) {
            if (identity.hasRole(role)) {
                return true;
            }
        }
        return false;
    }
}
