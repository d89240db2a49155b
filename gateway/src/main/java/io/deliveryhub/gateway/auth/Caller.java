package io.deliveryhub.gateway.auth;

import java.util.Set;

/** Who is calling, once the gateway has authenticated them: what the internal token will say. */
public record Caller(String subject, Set<String> roles) {
}
