package io.deliveryhub.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Keep-alive connections past the instance's limit are closed at once, so a caller holding connections open cannot
 * fill the gateway's heap; a place freed is taken again. Here the limit is four. (Vert.x counts a connection from its
 * first request, when it knows the connection speaks HTTP/1.1.)
 */
@QuarkusTest
@TestProfile(ConnectionLimitTest.FourConnections.class)
class ConnectionLimitTest {

    private static final String LIVE = "GET /q/health/live HTTP/1.1\r\nHost: localhost\r\n\r\n";

    public static class FourConnections implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.limits.max-connections", "4");
        }
    }

    @Test
    void aConnectionPastTheLimitIsClosedAndAFreedPlaceIsTakenAgain() throws IOException {
        List<Socket> kept = new ArrayList<>();
        boolean turnedAway = false;
        try {
            // RestAssured may hold a connection of its own: connections are opened until one is turned away
            for (int i = 0; i < 5 && !turnedAway; i++) {
                Socket socket = new Socket("localhost", RestAssured.port);
                if (answered(socket)) {
                    kept.add(socket);
                } else {
                    turnedAway = true;
                    socket.close();
                }
            }
        } finally {
            for (Socket socket : kept) {
                socket.close();
            }
        }
        assertThat(turnedAway).as("a connection past the limit of four").isTrue();
        assertThat(kept).hasSizeLessThanOrEqualTo(4);

        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> {
            try (Socket socket = new Socket("localhost", RestAssured.port)) {
                return answered(socket);
            }
        });
    }

    /** Sends a request on the connection, kept alive: true if it was answered 200, false if the gateway closed it. */
    private static boolean answered(Socket socket) throws IOException {
        socket.setSoTimeout(5_000);
        try {
            socket.getOutputStream().write(LIVE.getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            return new String(in.readNBytes(12), StandardCharsets.US_ASCII).equals("HTTP/1.1 200");
        } catch (SocketException reset) {
            return false;
        }
    }
}
