package io.deliveryhub.deploy.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A plain reverse proxy process in front of one upstream, as a yardstick for what a proxy hop costs, so the
 * gateway's overhead can be told apart from the hop itself: nginx (the Debian package) here, or
 * {@link PlainVertxProxy}.
 */
final class ReverseProxy implements AutoCloseable {

    private final Process process;
    private final int port;

    private ReverseProxy(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static boolean available() {
        return Files.isExecutable(binary());
    }

    static ReverseProxy start(URI upstream, Path directory) {
        try {
            int port = freePort();
            Files.createDirectories(directory.resolve("logs"));
            Path config = directory.resolve("nginx.conf");
            Files.writeString(config, configuration(upstream, port, directory));
            Process process = new ProcessBuilder(binary().toString(), "-p", directory.toString(), "-c", config.toString(),
                    "-g", "daemon off;").redirectErrorStream(true)
                    .redirectOutput(directory.resolve("logs/nginx.out").toFile()).start();
            return awaitListening(process, port, "nginx");
        } catch (IOException e) {
            throw new UncheckedIOException("nginx did not start", e);
        }
    }

    /** The proxy's process (nginx's master, whose workers are its children). */
    ProcessHandle process() {
        return process.toHandle();
    }

    URI url() {
        return URI.create("http://localhost:" + port);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Path binary() {
        return Path.of(System.getProperty("bench.nginx", "/usr/sbin/nginx"));
    }

    /** Keep-alive to the upstream, as the gateway does; one worker per core; no access log, as the gateway's is off too. */
    private static String configuration(URI upstream, int port, Path directory) {
        return """
                worker_processes auto;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log warn;
                events { worker_connections 1024; }
                http {
                  access_log off;
                  client_body_temp_path %1$s/body;
                  proxy_temp_path %1$s/proxy;
                  fastcgi_temp_path %1$s/fastcgi;
                  uwsgi_temp_path %1$s/uwsgi;
                  scgi_temp_path %1$s/scgi;
                  upstream service { server %2$s:%3$d; keepalive 32; }
                  server {
                    listen 127.0.0.1:%4$d;
                    location / {
                      proxy_pass http://service;
                      proxy_http_version 1.1;
                      proxy_set_header Connection "";
                      proxy_set_header Host $host;
                      proxy_set_header X-Forwarded-For $remote_addr;
                    }
                  }
                }
                """.formatted(directory, upstream.getHost(), upstream.getPort(), port);
    }

    /** A proxy process that was started to listen on {@code port}, once it does. */
    static ReverseProxy awaitListening(Process process, int port, String name) throws IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException(name + " exited with " + process.exitValue() + "; see its logs");
            }
            try (Socket ignored = new Socket("localhost", port)) {
                return new ReverseProxy(process, port);
            } catch (IOException notYet) {
                Thread.onSpinWait();
            }
        }
        process.destroyForcibly();
        throw new IOException(name + " did not listen on " + port + " within 10 s");
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
