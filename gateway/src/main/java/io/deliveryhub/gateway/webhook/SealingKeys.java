package io.deliveryhub.gateway.webhook;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys that seal webhook secrets at rest (AES-256-GCM), from {@code DELIVERYHUB_WEBHOOKS_SECRET_KEYS}: entries
 * {@code id:base64-of-32-bytes}, the first sealing, every one opening what it sealed, so a key can be replaced without
 * losing a secret. A sealed secret is bound to its subscription and column: it opens nowhere else.
 */
public final class SealingKeys {

    /** Where the keys come from, named in every error about them. */
    public static final String VARIABLE = "DELIVERYHUB_WEBHOOKS_SECRET_KEYS";
    public static final String PROPERTY = "deliveryhub.webhooks.secret-keys";
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,32}");
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, SecretKeySpec> keys;
    private final String sealingKeyId;

    /** A secret as stored: what it became and the id of the key that made it. */
    public record Sealed(String keyId, byte[] bytes) {
    }

    /** A sealed secret that does not open: its key is not configured, or is not the key it was sealed with. */
    public static final class Unopenable extends IllegalStateException {
        Unopenable(String message) {
            super(message);
        }
    }

    private SealingKeys(Map<String, SecretKeySpec> keys) {
        this.keys = keys;
        this.sealingKeyId = keys.keySet().iterator().next();
    }

    /** Refuses (naming the variable) a list that is empty, malformed, holds a short key or one id twice. */
    public static SealingKeys of(List<String> entries) {
        Map<String, SecretKeySpec> keys = new LinkedHashMap<>();
        for (String entry : entries) {
            String trimmed = entry.trim();
            int colon = trimmed.indexOf(':');
            String id = colon < 0 ? "" : trimmed.substring(0, colon);
            if (!KEY_ID.matcher(id).matches()) {
                throw new IllegalArgumentException(VARIABLE + " holds entries id:base64-key (an id of up to 32 letters, "
                        + "digits, '.', '_' or '-'), separated by commas");
            }
            byte[] key;
            try {
                key = Base64.getDecoder().decode(trimmed.substring(colon + 1));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(VARIABLE + ": the key '" + id + "' is not base64");
            }
            if (key.length != KEY_BYTES) {
                throw new IllegalArgumentException(VARIABLE + ": the key '" + id + "' has " + key.length
                        + " bytes; it needs " + KEY_BYTES + " (openssl rand -base64 32)");
            }
            if (keys.put(id, new SecretKeySpec(key, "AES")) != null) {
                throw new IllegalArgumentException(VARIABLE + " names the key '" + id + "' twice");
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException(VARIABLE + " must hold at least one key");
        }
        return new SealingKeys(keys);
    }

    /** The id of the key new secrets are sealed with. */
    public String sealingKeyId() {
        return sealingKeyId;
    }

    public boolean holds(String keyId) {
        return keys.containsKey(keyId);
    }

    /** Seals the secret of this subscription's column with the sealing key: a fresh nonce, the ciphertext, its tag. */
    public Sealed seal(WebhookSecret secret, UUID subscription, String column) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, keys.get(sealingKeyId), nonce, subscription, column);
            byte[] ciphertext = cipher.doFinal(secret.text().getBytes(StandardCharsets.UTF_8));
            return new Sealed(sealingKeyId, ByteBuffer.allocate(NONCE_BYTES + ciphertext.length).put(nonce)
                    .put(ciphertext).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /**
     * The secret, or {@link Unopenable} saying why not: a key id the variable lacks, or a key that is not the one
     * the secret was sealed with (never a wrong secret: the tag would not match).
     */
    public WebhookSecret open(Sealed sealed, UUID subscription, String column) {
        SecretKeySpec key = keys.get(sealed.keyId());
        if (sealed.bytes().length <= NONCE_BYTES + TAG_BITS / 8) {
            throw new Unopenable("The webhook secret of subscription " + subscription + " (" + column
                    + ") is too short to be a sealed secret");
        }
        if (key == null) {
            throw new Unopenable("The webhook secret of subscription " + subscription + " (" + column
                    + ") is sealed with the key '" + sealed.keyId() + "', which " + VARIABLE + " does not hold");
        }
        try {
            byte[] nonce = Arrays.copyOf(sealed.bytes(), NONCE_BYTES);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, nonce, subscription, column);
            return new WebhookSecret(new String(cipher.doFinal(sealed.bytes(), NONCE_BYTES,
                    sealed.bytes().length - NONCE_BYTES), StandardCharsets.UTF_8));
        } catch (AEADBadTagException e) {
            throw new Unopenable("The webhook secret of subscription " + subscription + " (" + column
                    + ") does not open with the key '" + sealed.keyId() + "' of " + VARIABLE
                    + ": that id names another key than the one it was sealed with");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    private static Cipher cipher(int mode, SecretKeySpec key, byte[] nonce, UUID subscription, String column)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD((subscription + "/" + column).getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
