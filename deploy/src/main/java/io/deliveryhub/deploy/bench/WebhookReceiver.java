package io.deliveryhub.deploy.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The benchmark's webhook receiver on loopback, as an integration would run one: it verifies each delivery's
 * signature with its subscription's secret (docs/webhooks.md) and tallies it, with its latency from the CloudEvent's
 * {@code time} (when the service wrote the event) to its arrival.
 */
final class WebhookReceiver implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET_PREFIX = "whsec_";

    private final HttpServer server;
    private final ExecutorService answering = Executors.newFixedThreadPool(8);
    private final Map<String, String> secrets = new ConcurrentHashMap<>();
    private final AtomicReference<WebhookTally> tally = new AtomicReference<>(new WebhookTally());

    WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hook/", this::receive);
        server.setExecutor(answering);
        server.start();
    }

    /** The url of the {@code n}th subscription. */
    String url(int n) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook/" + n;
    }

    void secret(int n, String secret) {
        secrets.put("/hook/" + n, secret);
    }

    /** Starts a fresh tally (a new phase) and returns it. */
    WebhookTally newTally() {
        WebhookTally fresh = new WebhookTally();
        tally.set(fresh);
        return fresh;
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            long arrival = System.nanoTime();
            Instant now = Instant.now();
            String path = exchange.getRequestURI().getPath();
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            String secret = secrets.get(path);
            boolean signed = secret != null && id != null && verifies(secret, id,
                    exchange.getRequestHeaders().getFirst("webhook-timestamp"), body,
                    exchange.getRequestHeaders().getFirst("webhook-signature"));
            Instant time = Instant.parse(JSON.readTree(body).path("time").asText());
            tally.get().record(path, id, signed, arrival, Duration.between(time, now).toNanos());
            exchange.sendResponseHeaders(204, -1);
        }
    }

    /** Whether any signature of the header is the HMAC-SHA256 of {@code id.timestamp.body} under the secret. */
    static boolean verifies(String secret, String id, String timestamp, byte[] body, String signatureHeader) {
        if (signatureHeader == null || timestamp == null || !secret.startsWith(SECRET_PREFIX)) {
            return false;
        }
        byte[] expected;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length())),
                    "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            expected = ("v1," + Base64.getEncoder().encodeToString(mac.doFinal(body))).getBytes(StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
        for (String signature : signatureHeader.split(" ")) {
            if (MessageDigest.isEqual(signature.getBytes(StandardCharsets.UTF_8), expected)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        server.stop(0);
        answering.shutdownNow();
    }
}
