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

/**
 * A write without a body, declared as such (no length and no chunks, or a length of zero), goes to the service
 * at once and without a Content-Length: a declared zero held the services' body handler until the timeout.
 */
@QuarkusTest
class BodilessWriteTest {

    @Test
    void aWriteWithoutBodyReachesTheServiceAtOnceWithoutLength() throws IOException {
        String integration = Callers.newKey(1000, "INTEGRATION_CRM");
        for (String key : new String[] { Callers.ADMIN_KEY, integration }) {
            for (String method : new String[] { "PATCH", "POST", "PUT" }) {
                for (String length : new String[] { "", "Content-Length: 0\r\n" }) {
                    String answer = raw(method + " /api/v1/clients/bodiless HTTP/1.1\r\nHost: localhost\r\n" + length
                            + "Content-Type: application/json\r\nX-API-Key: " + key + "\r\n\r\n");

                    assertThat(answer).startsWith("HTTP/1.1 200");
                    UpstreamStub.Received received = UpstreamStub.LAST.get();
                    assertThat(received.method()).isEqualTo(method);
                    assertThat(received.bodyBytes()).isZero();
                    assertThat(received.headers().get("Content-Length")).isNull();
                    assertThat(received.headers().get("Transfer-Encoding")).isNull();
                }
            }
        }
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
