package io.deliveryhub.gateway.webhook;

import java.security.SecureRandom;
import java.util.Base64;

/** A subscription's signing secret in the Standard Webhooks form: {@code whsec_} and the base64 of its key. */
public record WebhookSecret(String text) {

    private static final String PREFIX = "whsec_";
    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    public WebhookSecret {
        if (text == null || !text.startsWith(PREFIX) || text.length() == PREFIX.length()) {
            throw new IllegalArgumentException("a webhook secret starts with " + PREFIX + " and has a key");
        }
    }

    /** A new secret; the specification asks for 24 to 64 random bytes. */
    public static WebhookSecret generate() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return new WebhookSecret(PREFIX + Base64.getEncoder().encodeToString(key));
    }

    /** The HMAC key: the decoded base64 after the prefix. */
    public byte[] key() {
        return Base64.getDecoder().decode(text.substring(PREFIX.length()));
    }

    @Override
    public String toString() {
        return PREFIX + "…";
    }
}
