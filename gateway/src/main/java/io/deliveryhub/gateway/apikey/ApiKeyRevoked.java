package io.deliveryhub.gateway.apikey;

import java.time.Instant;

/** Fired (synchronously, after the revocation is stored) so that what the key owns stops acting for it. */
public record ApiKeyRevoked(String name, Instant at) {
}
