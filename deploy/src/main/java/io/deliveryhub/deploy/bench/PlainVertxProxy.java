package io.deliveryhub.deploy.bench;

import io.deliveryhub.deploy.local.Service;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A reverse proxy on the gateway's own HTTP stack (Vert.x on the JVM, one pooled client per event loop, as
 * the gateway has) and nothing else: no authentication, rate limit, request id or access log. Started as its
 * own JVM with the gateway's heap, it shows how much of the gateway's cost per request is the stack's.
 */
final class PlainVertxProxy {

    private PlainVertxProxy() {
    }

    /** Started from this JVM's own class path; {@link ReverseProxy} waits for it and stops it like nginx. */
    static ReverseProxy start(URI upstream, Path directory) {
        try {
            Files.createDirectories(directory);
            int port = ReverseProxy.freePort();
            String java = ProcessHandle.current().info().command().orElse("java");
            Process process = new ProcessBuilder(List.of(java, "-Xmx" + Service.GATEWAY.maxHeap(),
                    "-cp", System.getProperty("java.class.path"), PlainVertxProxy.class.getName(),
                    String.valueOf(port), upstream.getHost(), String.valueOf(upstream.getPort())))
                    .redirectErrorStream(true).redirectOutput(directory.resolve("proxy.log").toFile()).start();
            return ReverseProxy.awaitListening(process, port, "the plain Vert.x proxy");
        } catch (IOException e) {
            throw new UncheckedIOException("The plain Vert.x proxy did not start", e);
        }
    }

    /** Arguments: port, upstream host, upstream port. */
    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        SocketAddress upstream = SocketAddress.inetSocketAddress(Integer.parseInt(args[2]), args[1]);
        Vertx vertx = Vertx.vertx();
        int loops = 2 * Runtime.getRuntime().availableProcessors(); // as many as Quarkus gives the gateway
        vertx.deployVerticle(() -> new Forwarding(port, upstream), new DeploymentOptions().setInstances(loops));
    }

    /** One per event loop, with its own client, so that a request and its upstream exchange share a thread. */
    private static final class Forwarding extends AbstractVerticle {

        private final int port;
        private final SocketAddress upstream;

        Forwarding(int port, SocketAddress upstream) {
            this.port = port;
            this.upstream = upstream;
        }

        @Override
        public void start() {
            HttpClient client = vertx.createHttpClient(new HttpClientOptions(), new PoolOptions().setHttp1MaxSize(32));
            vertx.createHttpServer().requestHandler(request -> {
                request.pause();
                client.request(new RequestOptions().setServer(upstream).setMethod(request.method()).setURI(request.uri()))
                        .onFailure(failure -> request.response().setStatusCode(502).end())
                        .onSuccess(outgoing -> {
                            outgoing.headers().addAll(request.headers());
                            outgoing.response().onSuccess(answer -> {
                                request.response().setStatusCode(answer.statusCode()).headers().addAll(answer.headers());
                                answer.pipeTo(request.response());
                            });
                            request.pipeTo(outgoing);
                        });
            }).listen(port);
        }
    }
}
