package io.deliveryhub.gateway.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    // The Standard Webhooks specification's own test vector (its reference libraries' signing test).
    private static final WebhookSecret SPEC_SECRET = new WebhookSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    private static final String SPEC_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long SPEC_TIMESTAMP = 1614265330L;
    private static final byte[] SPEC_BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);

    @Test
    void signsTheSpecificationsTestVector() {
        assertThat(WebhookSignature.sign(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void duringARotationSendsBothSignaturesSpaceSeparated() {
        WebhookSecret next = WebhookSecret.generate();
        String header = WebhookSignature.header(List.of(next, SPEC_SECRET), SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY);

        assertThat(header.split(" ")).containsExactly(
                WebhookSignature.sign(next, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY),
                "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void aChangedBodyIdOrTimestampChangesTheSignature() {
        String original = WebhookSignature.sign(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY);

        assertThat(WebhookSignature.sign(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP,
                "{\"test\":2432232314}".getBytes(StandardCharsets.UTF_8))).isNotEqualTo(original);
        assertThat(WebhookSignature.sign(SPEC_SECRET, SPEC_ID + "x", SPEC_TIMESTAMP, SPEC_BODY)).isNotEqualTo(original);
        assertThat(WebhookSignature.sign(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP + 1, SPEC_BODY)).isNotEqualTo(original);
    }

    @Test
    void generatedSecretsCarryThePrefixAndThirtyTwoRandomBytes() {
        WebhookSecret one = WebhookSecret.generate();

        assertThat(one.text()).startsWith("whsec_");
        assertThat(one.key()).hasSize(32);
        assertThat(WebhookSecret.generate()).isNotEqualTo(one);
        assertThat(one.toString()).doesNotContain(one.text().substring(6));
    }

    @Test
    void refusesSecretsWithoutThePrefixOrKeyAndSigningWithNone() {
        assertThatThrownBy(() -> new WebhookSecret("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WebhookSecret("whsec_")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WebhookSignature.header(List.of(), SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
