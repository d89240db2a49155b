package io.deliveryhub.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8TextTest {

    private static String flaw(String text, boolean json) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        return Utf8Text.flaw(bytes, bytes.length, json);
    }

    @Test
    void acceptsUtf8TextWithEmojiAndRightToLeftMarks() {
        byte[] bytes = "{\"name\":\"Acme \u202e\ud83d\ude00 مرحبا\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8Text.flaw(bytes, bytes.length, true)).isNull();
    }

    @Test
    void refusesNulRawOrEscapedInJson() {
        assertThat(flaw("{\"a\":\"x\u0000\"}", true)).isEqualTo("must not contain a NUL character");
        assertThat(flaw("{\"a\":\"x\\u0000\"}", true)).startsWith("must not contain a NUL character");
        assertThat(flaw("{\"a\":\"x\\\\u0000\"}", true)).isNull();
        assertThat(flaw("{\"a\":\"x\\\\\\u0000\"}", true)).startsWith("must not contain a NUL character");
        assertThat(flaw("x\\u0000", false)).isNull();
    }

    @Test
    void refusesInvalidUtf8() {
        assertThat(flaw("Acme \u00c3( Bank", false)).isEqualTo("must be valid UTF-8");
        assertThat(flaw("\u00ed\u00a0\u0080", false)).isEqualTo("must be valid UTF-8"); // an encoded surrogate
    }

    @Test
    void decodesUriEscapesBeforeJudging() {
        assertThat(Utf8Text.flawInUri("/api/v1/projects/ACME%00")).isEqualTo("must not contain a NUL character");
        assertThat(Utf8Text.flawInUri("q=%C3%28")).isEqualTo("must be valid UTF-8");
        assertThat(Utf8Text.flawInUri("q=%F0%9F%98%80&r=%E2%80%AE")).isNull();
        assertThat(Utf8Text.flawInUri("q=100%")).isNull();
        assertThat(Utf8Text.flawInUri("/\u00ff\u00fe")).isEqualTo("must be valid UTF-8");
    }
}
