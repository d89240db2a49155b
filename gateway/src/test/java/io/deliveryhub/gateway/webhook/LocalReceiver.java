package io.deliveryhub.gateway.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A webhook receiver on loopback for tests: answers each path with scripted statuses (then 200; a 3xx points to
 * {@code <path>/moved}) and keeps what came. A held path keeps its next request waiting until the test lets it go.
 */
final class LocalReceiver implements AutoCloseable {

    record Received(Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    private final HttpServer server;
    private final Map<String, List<Received>> received = new ConcurrentHashMap<>();
    private final Map<String, Deque<Integer>> scripted = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> held = new ConcurrentHashMap<>();
    private final ExecutorService answering = Executors.newCachedThreadPool();

    LocalReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            Map<String, String> headers = new ConcurrentHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            received.computeIfAbsent(path, ignored -> new CopyOnWriteArrayList<>()).add(new Received(headers, body));
            CountDownLatch hold = held.remove(path);
            if (hold != null) {
                try {
                    hold.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            Deque<Integer> script = scripted.get(path);
            Integer status = script == null ? null : script.poll();
            byte[] answer = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            if (status != null && status >= 300 && status < 400) {
                exchange.getResponseHeaders().add("Location", path + "/moved");
            }
            exchange.sendResponseHeaders(status == null ? 200 : status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.setExecutor(answering);
        server.start();
    }

    /** A new path on this receiver, answered with these statuses first and 200 after. */
    String url(Integer... statuses) {
        String path = "/hooks/" + UUID.randomUUID();
        scripted.put(path, new ArrayDeque<>(List.of(statuses)));
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Keeps the next request to this url unanswered (though received) until the latch is counted down. */
    CountDownLatch hold(String url) {
        CountDownLatch latch = new CountDownLatch(1);
        held.put(url.substring(url.indexOf("/hooks/")), latch);
        return latch;
    }

    List<Received> received(String url) {
        return received.getOrDefault(url.substring(url.indexOf("/hooks/")), List.of());
    }

    @Override
    public void close() {
        server.stop(0);
        answering.shutdownNow();
    }
}
