package io.deliveryhub.platform.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Whether bytes are text the database can store: valid UTF-8 without NUL, which PostgreSQL refuses
 * ("invalid byte sequence for encoding UTF8: 0x00") and would otherwise surface as a 500.
 */
final class Utf8Text {

    private Utf8Text() {
    }

    /** What is wrong with the bytes, in the API's words, or {@code null} when they are acceptable text. */
    static String flaw(byte[] bytes, int length, boolean json) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] == 0) {
                return "must not contain a NUL character";
            }
            // In JSON a backslash escapes the next character; only an unescaped \u0000 decodes to NUL.
            if (json && bytes[i] == '\\' && i + 1 < length) {
                if (bytes[i + 1] == 'u' && i + 5 < length && bytes[i + 2] == '0' && bytes[i + 3] == '0'
                        && bytes[i + 4] == '0' && bytes[i + 5] == '0') {
                    return "must not contain a NUL character (\\u0000)";
                }
                i++;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length));
            return null;
        } catch (CharacterCodingException invalid) {
            return "must be valid UTF-8";
        }
    }

    /** The same for a URI part: its %XX escapes decoded to the bytes they stand for. */
    static String flawInUri(String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        byte[] bytes = new byte[raw.length()];
        int length = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length() && hex(raw.charAt(i + 1)) >= 0 && hex(raw.charAt(i + 2)) >= 0) {
                bytes[length++] = (byte) (hex(raw.charAt(i + 1)) * 16 + hex(raw.charAt(i + 2)));
                i += 2;
            } else if (c > 0xFF) {
                return "must be valid UTF-8";
            } else {
                bytes[length++] = (byte) c;
            }
        }
        return flaw(bytes, length, false);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
