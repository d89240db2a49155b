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

/**
 * A webhook receiver on loopback for tests: answers each path with scripted statuses (then 200; a 3xx points to
 * {@code <path>/moved}) and keeps what came.
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
        server.start();
    }

    /** A new path on this receiver, answered with these statuses first and 200 after. */
    String url(Integer... statuses) {
        String path = "/hooks/" + UUID.randomUUID();
        scripted.put(path, new ArrayDeque<>(List.of(statuses)));
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    List<Received> received(String url) {
        return received.getOrDefault(url.substring(url.indexOf("/hooks/")), List.of());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
