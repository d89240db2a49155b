package io.deliveryhub.gateway.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SealingKeysTest {

    // The Standard Webhooks specification's own test vector (as in WebhookSignatureTest).
    private static final WebhookSecret SPEC_SECRET = new WebhookSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    private static final String SPEC_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long SPEC_TIMESTAMP = 1614265330L;
    private static final byte[] SPEC_BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
    private static final String SPEC_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
    private static final String K1 = "k1:" + key('1');
    private static final String K2 = "k2:" + key('2');
    private static final UUID SUBSCRIPTION = UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7");

    @Test
    void aSealedSecretOpensToTheSameSecretAndStillSignsTheSpecificationsTestVector() {
        SealingKeys keys = SealingKeys.of(List.of(K1));

        SealingKeys.Sealed sealed = keys.seal(SPEC_SECRET, SUBSCRIPTION, SubscriptionStore.SECRET);
        WebhookSecret opened = keys.open(sealed, SUBSCRIPTION, SubscriptionStore.SECRET);

        assertThat(sealed.keyId()).isEqualTo("k1");
        assertThat(opened).isEqualTo(SPEC_SECRET);
        assertThat(WebhookSignature.sign(opened, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY)).isEqualTo(SPEC_SIGNATURE);
    }

    @Test
    void theSealedBytesHoldNeitherTheSecretNorItsKeyAndDifferEachTime() {
        SealingKeys keys = SealingKeys.of(List.of(K1));

        SealingKeys.Sealed once = keys.seal(SPEC_SECRET, SUBSCRIPTION, SubscriptionStore.SECRET);
        SealingKeys.Sealed twice = keys.seal(SPEC_SECRET, SUBSCRIPTION, SubscriptionStore.SECRET);

        String asText = new String(once.bytes(), StandardCharsets.ISO_8859_1);
        assertThat(asText).doesNotContain(SPEC_SECRET.text()).doesNotContain("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
                .doesNotContain(new String(SPEC_SECRET.key(), StandardCharsets.ISO_8859_1));
        assertThat(once.bytes()).isNotEqualTo(twice.bytes());
    }

    @Test
    void theFirstKeySealsAndEveryKeyOpensWhatItSealed() {
        SealingKeys before = SealingKeys.of(List.of(K1));
        SealingKeys.Sealed old = before.seal(SPEC_SECRET, SUBSCRIPTION, SubscriptionStore.SECRET);

        SealingKeys after = SealingKeys.of(List.of(K2, K1));

        assertThat(after.sealingKeyId()).isEqualTo("k2");
        assertThat(after.seal(SPEC_SECRET, SUBSCRIPTION, SubscriptionStore.SECRET).keyId()).isEqualTo("k2");
        assertThat(after.open(old, SUBSCRIPTION, SubscriptionStore.SECRET)).isEqualTo(SPEC_SECRET);
    }

    @Test
    void aWrongKeyForTheIdIsAClearErrorNeverAWrongSecret() {
        SealingKeys.Sealed sealed = SealingKeys.of(List.of(K1)).seal(SPEC_SECRET, SUBSCRIPTION, SubscriptionStore.SECRET);
        SealingKeys wrong = SealingKeys.of(List.of("k1:" + key('9')));

        assertThatThrownBy(() -> wrong.open(sealed, SUBSCRIPTION, SubscriptionStore.SECRET))
                .isInstanceOf(SealingKeys.Unopenable.class)
                .hasMessageContaining(SUBSCRIPTION.toString())
                .hasMessageContaining("does not open with the key 'k1' of DELIVERYHUB_WEBHOOKS_SECRET_KEYS");
    }

    @Test
    void aKeyIdTheConfigurationLacksIsAClearError() {
        SealingKeys.Sealed sealed = SealingKeys.of(List.of(K1)).seal(SPEC_SECRET, SUBSCRIPTION, SubscriptionStore.SECRET);

        assertThatThrownBy(() -> SealingKeys.of(List.of(K2)).open(sealed, SUBSCRIPTION, SubscriptionStore.SECRET))
                .isInstanceOf(SealingKeys.Unopenable.class)
                .hasMessageContaining("sealed with the key 'k1', which DELIVERYHUB_WEBHOOKS_SECRET_KEYS does not hold");
    }

    @Test
    void aSealedSecretOpensOnlyForItsSubscriptionAndColumn() {
        SealingKeys keys = SealingKeys.of(List.of(K1));
        SealingKeys.Sealed sealed = keys.seal(SPEC_SECRET, SUBSCRIPTION, SubscriptionStore.SECRET);

        assertThatThrownBy(() -> keys.open(sealed, UUID.randomUUID(), SubscriptionStore.SECRET))
                .isInstanceOf(SealingKeys.Unopenable.class);
        assertThatThrownBy(() -> keys.open(sealed, SUBSCRIPTION, SubscriptionStore.PREVIOUS_SECRET))
                .isInstanceOf(SealingKeys.Unopenable.class);
        assertThatThrownBy(() -> keys.open(new SealingKeys.Sealed("k1", new byte[5]), SUBSCRIPTION,
                SubscriptionStore.SECRET)).isInstanceOf(SealingKeys.Unopenable.class);
    }

    @Test
    void refusesKeyListsThatCannotSeal() {
        assertThatThrownBy(() -> SealingKeys.of(List.of())).hasMessageContaining("at least one key");
        assertThatThrownBy(() -> SealingKeys.of(List.of(key('1')))).hasMessageContaining("id:base64-key");
        assertThatThrownBy(() -> SealingKeys.of(List.of("k1:not base64!"))).hasMessageContaining("not base64");
        assertThatThrownBy(() -> SealingKeys.of(List.of("k1:" + Base64.getEncoder().encodeToString(new byte[16]))))
                .hasMessageContaining("has 16 bytes; it needs 32");
        assertThatThrownBy(() -> SealingKeys.of(List.of(K1, "k1:" + key('3')))).hasMessageContaining("'k1' twice");
    }

    @Test
    void theLocalKeyIsRefusedOutsideTheLocalDevAndTestProfiles() {
        List<String> local = List.of("local:" + SealingKeyCheck.LOCAL_KEY);

        assertThatThrownBy(() -> SealingKeyCheck.refuseLocalKey(List.of("prod"), local))
                .hasMessageContaining("DELIVERYHUB_WEBHOOKS_SECRET_KEYS must hold keys of your own");
        assertThatThrownBy(() -> SealingKeyCheck.refuseLocalKey(List.of("prod"), List.of(K1, local.get(0))))
                .isInstanceOf(IllegalStateException.class);
        assertThatCode(() -> SealingKeyCheck.refuseLocalKey(List.of("local"), local)).doesNotThrowAnyException();
        assertThatCode(() -> SealingKeyCheck.refuseLocalKey(List.of("test"), local)).doesNotThrowAnyException();
        assertThatCode(() -> SealingKeyCheck.refuseLocalKey(List.of("prod"), List.of(K1))).doesNotThrowAnyException();
    }

    private static String key(char filler) {
        return Base64.getEncoder().encodeToString(String.valueOf(filler).repeat(32).getBytes(StandardCharsets.US_ASCII));
    }
}
