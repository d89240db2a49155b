package io.deliveryhub.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EventSizeLimitTest {

    @Test
    void measuresTextAsTheUtf8BytesKafkaCarries() {
        String text = "plain ü € 😀 end";
        assertThat(EventSizeLimit.utf8Length(text)).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
        assertThat(EventSizeLimit.utf8Length(null)).isZero();
        // a lone surrogate counts as much as any character can (an encoder writes it as 1 to 3 bytes)
        assertThat(EventSizeLimit.utf8Length("\uD800")).isEqualTo(3);
    }

    @Test
    void aRecordIsItsPayloadKeyAttributesAndTheEnvelope() {
        assertThat(EventSizeLimit.recordBytes("{}", "k", "type", "subject", "source"))
                .isEqualTo(2 + 1 + 4 + 7 + 6 + EventSizeLimit.ENVELOPE_BYTES);
    }

    @Test
    void admitsUpToTheLimitInclusive() {
        EventSizeLimit limit = new EventSizeLimit(1000);
        assertThat(limit.admits(1000)).isTrue();
        assertThat(limit.admits(1001)).isFalse();
    }
}
