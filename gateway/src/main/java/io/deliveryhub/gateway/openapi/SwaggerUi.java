package io.deliveryhub.gateway.openapi;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/** {@code /q/swagger-ui}: Swagger UI (from its webjar) over the aggregated {@code /q/openapi}. */
@ApplicationScoped
public class SwaggerUi {

    private static final Map<String, String> FILES = Map.of(
            "swagger-ui.css", "text/css",
            "swagger-ui-bundle.js", "text/javascript",
            "swagger-ui-standalone-preset.js", "text/javascript",
            "favicon-32x32.png", "image/png");
    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <title>Delivery Hub API</title>
              <link rel="stylesheet" href="/q/swagger-ui/swagger-ui.css">
              <link rel="icon" type="image/png" href="/q/swagger-ui/favicon-32x32.png">
            </head>
            <body>
              <div id="swagger-ui"></div>
              <script src="/q/swagger-ui/swagger-ui-bundle.js"></script>
              <script src="/q/swagger-ui/swagger-ui-standalone-preset.js"></script>
              <script>
                window.ui = SwaggerUIBundle({
                  url: "/q/openapi",
                  dom_id: "#swagger-ui",
                  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
                  layout: "StandaloneLayout",
                  persistAuthorization: true
                });
              </script>
            </body>
            </html>
            """;

    private final String root = "META-INF/resources/webjars/swagger-ui/" + webjarVersion() + "/";
    private final Map<String, Buffer> loaded = new ConcurrentHashMap<>();

    void install(@Observes Router router) {
        router.get("/q/swagger-ui").handler(SwaggerUi::page);
        router.get("/q/swagger-ui/").handler(SwaggerUi::page);
        router.get("/q/swagger-ui/:file").handler(this::file);
    }

    private static void page(RoutingContext context) {
        context.response().putHeader("Content-Type", "text/html; charset=utf-8").end(PAGE);
    }

    private void file(RoutingContext context) {
        String file = context.pathParam("file");
        String type = FILES.get(file);
        if (type == null) {
            context.response().setStatusCode(404).end();
            return;
        }
        context.response().putHeader("Content-Type", type).putHeader("Cache-Control", "max-age=86400")
                .end(loaded.computeIfAbsent(file, name -> Buffer.buffer(read(root + name))));
    }

    private static byte[] read(String name) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String webjarVersion() {
        Properties properties = new Properties();
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the swagger-ui webjar is missing");
            }
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
