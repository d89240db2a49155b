package io.deliveryhub.gateway.routing;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import io.deliveryhub.gateway.Callers;
import io.deliveryhub.gateway.UpstreamStub;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import org.junit.jupiter.api.Test;

/** A write that declares neither a length nor chunks has no body, and the service must be told so at once. */
@QuarkusTest
class BodilessWriteTest {

    @Test
    void aWriteWithoutBodyReachesTheServiceWithLengthZero() throws IOException {
        String integration = Callers.newKey(1000, "INTEGRATION_CRM");
        for (String key : new String[] { Callers.ADMIN_KEY, integration }) {
            for (String method : new String[] { "PATCH", "POST", "PUT" }) {
                String answer = raw(method + " /api/v1/clients/bodiless HTTP/1.1\r\nHost: localhost\r\nX-API-Key: "
                        + key + "\r\n\r\n");

                assertThat(answer).startsWith("HTTP/1.1 200");
                UpstreamStub.Received received = UpstreamStub.LAST.get();
                assertThat(received.method()).isEqualTo(method);
                assertThat(received.headers().get("Content-Length")).isEqualTo("0");
                assertThat(received.headers().get("Transfer-Encoding")).isNull();
            }
        }
    }

    @Test
    void aReadWithoutBodyDeclaresNoLength() throws IOException {
        raw("GET /api/v1/clients/bodiless HTTP/1.1\r\nHost: localhost\r\nX-API-Key: " + Callers.ADMIN_KEY + "\r\n\r\n");

        assertThat(UpstreamStub.LAST.get().headers().get("Content-Length")).isNull();
    }

    /** The answer's first bytes. */
    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(3000);
            socket.getOutputStream().write(request.getBytes(US_ASCII));
            InputStream in = socket.getInputStream();
            byte[] answer = new byte[4096];
            int read = in.read(answer);
            return new String(answer, 0, Math.max(read, 0), US_ASCII);
        }
    }
}
