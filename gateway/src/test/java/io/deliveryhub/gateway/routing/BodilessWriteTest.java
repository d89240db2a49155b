package io.deliveryhub.gateway.routing;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import io.deliveryhub.gateway.Callers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BodilessWriteTest {

    @Test
    void patchWithoutBodyIsForwardedAtOnce() throws IOException {
        for (String method : new String[] { "PATCH", "POST", "PUT" }) {
            String head = raw(method + " /api/v1/clients/x HTTP/1.1\r\nHost: localhost\r\nX-API-Key: " + Callers.ADMIN_KEY
                    + "\r\n\r\n");
            assertThat(head).startsWith("HTTP/1.1 200");
            System.out.println("RECEIVED " + method + " " + io.deliveryhub.gateway.UpstreamStub.LAST.get().headers());
            String key = Callers.newKey(1000, "ADMIN");
            head = raw(method + " /api/v1/clients/x HTTP/1.1\r\nHost: localhost\r\nX-API-Key: " + key + "\r\n\r\n");
            assertThat(head).startsWith("HTTP/1.1 200");
        }
    }

    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(3000);
            socket.getOutputStream().write(request.getBytes(US_ASCII));
            InputStream in = socket.getInputStream();
            byte[] buf = new byte[4096];
            int n = in.read(buf);
            return new String(buf, 0, n, US_ASCII);
        }
    }
}
