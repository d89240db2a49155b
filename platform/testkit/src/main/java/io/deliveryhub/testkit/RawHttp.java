package io.deliveryhub.testkit;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP/1.1 written byte by byte, for what a well-behaved client refuses to send: invalid UTF-8 and NUL in a path,
 * control characters in a header, a body that never comes. One request per connection.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** What came back: the status, the Content-Type and the body as text; status 0 when nothing came in time. */
    public record Reply(int status, String contentType, String body) {
    }

    /**
     * @param head the request line and headers, without the blank line that ends them ({@code Host} and
     *        {@code Connection: close} are added)
     * @param body bytes sent after the head; may be shorter than a declared Content-Length
     */
    public static Reply send(String head, byte[] body) {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String bearer(String... roles) {
        return "Authorization: Bearer " + TestTokens.withRoles(roles);
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        try {
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                bytes.write(chunk, 0, n);
            }
        } catch (SocketTimeoutException stillOpen) {
            // the server answered but kept the connection: what came is the answer
        }
        return bytes.toByteArray();
    }

    private static Reply parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/") || end < 0) {
            return new Reply(0, null, text);
        }
        String contentType = null;
        String[] lines = text.substring(0, end).split("\r\n");
        for (String line : lines) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
                contentType = line.substring("content-type:".length()).trim();
            }
        }
        return new Reply(Integer.parseInt(lines[0].split(" ")[1]), contentType, text.substring(end + 4));
    }
}
