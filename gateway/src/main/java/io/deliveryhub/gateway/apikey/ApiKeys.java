package io.deliveryhub.gateway.apikey;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.deliveryhub.gateway.auth.Caller;
import io.deliveryhub.gateway.auth.Roles;
import io.deliveryhub.gateway.web.GatewayProblem;
import jakarta.enterprise.event.Event;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Authenticates {@code X-API-Key} and manages integrations' keys. Keys are kept and compared only as
 * SHA-256 hashes. A key looked up in the database is remembered for a short while, so a busy integration
 * costs one query per {@code cache-ttl} rather than one per request; {@code last_used_at} is exact to that. A key
 * that matches no row costs one read and is remembered apart from the valid ones, so guessing cannot push them out.
 * Revoking through this gateway forgets the key at once; other replicas forget it within the TTL.
 */
// Singleton: on every request's path (see the io.deliveryhub.gateway package)
@Singleton
public class ApiKeys {

    public static final String HEADER = "X-API-Key";
    /** The bootstrap key's name: it has no row, so it is never revoked. */
    public static final String BOOTSTRAP_NAME = "admin";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int CACHE_LIMIT = 10_000;
    private static final MessageDigest SHA_256 = sha256Digest();

    private final ApiKeyStore store;
    private final byte[] adminKeyHash;
    private final Caller admin;
    private final int defaultRatePerMinute;
    private final Event<ApiKeyRevoked> revocations;
    private final Clock clock = Clock.systemUTC();
    private final Cache<String, Caller> cache;
    /** Keys found in no row, apart from the known ones: guessing many keys only ever evicts other guesses. */
    private final Cache<String, Boolean> unknown;

    /** What a creation answers: the stored key and, this one time, the clear key. */
    public record Created(ApiKeyRecord key, String clearKey) {
    }

    public ApiKeys(ApiKeyStore store, Event<ApiKeyRevoked> revocations,
            @ConfigProperty(name = "deliveryhub.gateway.admin-api-key") String adminKey,
            @ConfigProperty(name = "deliveryhub.gateway.rate-limit.integration-per-minute") int defaultRatePerMinute,
            @ConfigProperty(name = "deliveryhub.gateway.api-keys.cache-ttl", defaultValue = "PT30S") Duration cacheTtl) {
        this.store = store;
        this.revocations = revocations;
        this.adminKeyHash = sha256(adminKey);
        this.admin = Caller.integration(BOOTSTRAP_NAME, Set.of(Roles.ADMIN), defaultRatePerMinute);
        this.defaultRatePerMinute = defaultRatePerMinute;
        this.cache = Caffeine.newBuilder().maximumSize(CACHE_LIMIT).expireAfterWrite(cacheTtl).build();
        this.unknown = Caffeine.newBuilder().maximumSize(CACHE_LIMIT).expireAfterWrite(cacheTtl).build();
    }

    /** The answer without touching the database, when there is one: the admin key or a remembered key. */
    public Optional<Optional<Caller>> known(String presentedKey) {
        byte[] hash = sha256(presentedKey);
        if (MessageDigest.isEqual(adminKeyHash, hash)) {
            return Optional.of(Optional.of(admin));
        }
        String hex = HexFormat.of().formatHex(hash);
        Caller remembered = cache.getIfPresent(hex);
        if (remembered != null) {
            return Optional.of(Optional.of(remembered));
        }
        return unknown.getIfPresent(hex) != null ? Optional.of(Optional.empty()) : Optional.empty();
    }

    /**
     * Takes {@code clearKey} for {@code caller} without a row, for the cache's time to live or until {@link #forget}:
     * only for a key the gateway made itself and never lets out of its process (its warm-up's).
     */
    public void admit(String clearKey, Caller caller) {
        cache.put(HexFormat.of().formatHex(sha256(clearKey)), caller);
    }

    public void forget(String clearKey) {
        cache.invalidate(HexFormat.of().formatHex(sha256(clearKey)));
    }

    /** Blocking: looks the key up in the database (and remembers the answer); only a valid key is marked used. */
    public Optional<Caller> authenticate(String presentedKey) {
        Optional<Optional<Caller>> known = known(presentedKey);
        if (known.isPresent()) {
            return known.get();
        }
        byte[] hash = sha256(presentedKey);
        String hex = HexFormat.of().formatHex(hash);
        Instant now = clock.instant();
        Optional<ApiKeyRecord> key = store.findActive(hash);
        if (key.isEmpty()) {
            unknown.put(hex, Boolean.TRUE);
            return Optional.empty();
        }
        store.markUsed(key.get().id(), now);
        Caller caller = Caller.integration(key.get().name(), key.get().roles(), key.get().ratePerMinute());
        cache.put(hex, caller);
        unknown.invalidate(hex);
        return Optional.of(caller);
    }

    /** Blocking. */
    public Created create(String name, Set<String> roles, Integer ratePerMinute) {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            throw GatewayProblem.badRequest("name", "must be 1-64 letters, digits, '.', '_' or '-'");
        }
        if (BOOTSTRAP_NAME.equals(name)) {
            throw GatewayProblem.badRequest("name", "'admin' is the bootstrap key's name");
        }
        if (roles == null || roles.isEmpty() || !Roles.FOR_API_KEYS.containsAll(roles)) {
            throw GatewayProblem.badRequest("roles", "must be a non-empty list of "
                    + String.join(", ", new TreeSet<>(Roles.FOR_API_KEYS)) + "; people sign in with their own token");
        }
        if (ratePerMinute != null && (ratePerMinute < 1 || ratePerMinute > 1_000_000)) {
            throw GatewayProblem.badRequest("rateLimitPerMinute", "must be between 1 and 1000000");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String clearKey = "dh_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiKeyRecord key = new ApiKeyRecord(UUID.randomUUID(), name, Set.copyOf(roles),
                ratePerMinute == null ? defaultRatePerMinute : ratePerMinute, clock.instant(), null, null);
        store.insert(key, sha256(clearKey));
        return new Created(key, clearKey);
    }

    /** Blocking. */
    public List<ApiKeyRecord> list() {
        return store.list();
    }

    /** Blocking. Tells the key's owned things (webhook subscriptions) that it is revoked. */
    public void revoke(UUID id) {
        Instant now = clock.instant();
        ApiKeyStore.Revoked revoked = store.revoke(id, now)
                .orElseThrow(() -> GatewayProblem.notFound("No API key has id " + id));
        cache.invalidate(HexFormat.of().formatHex(revoked.keyHash()));
        revocations.fire(new ApiKeyRevoked(revoked.name(), now));
    }

    /**
     * Every request with a key hashes it; a copy of one digest costs less than {@code MessageDigest.getInstance},
     * which searches the security providers each time.
     */
    static byte[] sha256(String value) {
        try {
            return ((MessageDigest) SHA_256.clone()).digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("The JDK's SHA-256 can be copied", e);
        }
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
