package io.deliveryhub.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Unless switched on, the dev-token endpoint is not installed, so the path falls through
 * to the proxy, which no service owns: 404. (A @TestProfile would restart Quarkus and the shared test
 * infrastructure with it, so this is checked on the router and the configuration directly.)
 */
class DevTokenRouteTest {

    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void close() {
        vertx.close();
    }

    @Test
    void isNotInstalledWithoutTheDevIssuer() {
        Router router = Router.router(vertx);
        new DevTokenRoute(new DevIssuer(false, Duration.ofHours(1))).install(router);
        assertThat(router.getRoutes()).isEmpty();

        new DevTokenRoute(new DevIssuer(true, Duration.ofHours(1))).install(router);
        assertThat(router.getRoutes()).extracting(route -> route.getPath()).containsExactly("/api/v1/auth/dev-token");
    }

    @Test
    void onlyAnExplicitSettingEnablesTheDevIssuerAndItDefaultsToOff() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        assertThat(properties.getProperty("deliveryhub.gateway.dev-issuer.enabled"))
                .isEqualTo("${DELIVERYHUB_DEV_ISSUER_ENABLED:false}");
        assertThat(properties.stringPropertyNames().stream()
                .filter(name -> name.startsWith("%") && name.endsWith("deliveryhub.gateway.dev-issuer.enabled")))
                .as("no profile but the tests' switches it on by its name")
                .containsExactly("%test.deliveryhub.gateway.dev-issuer.enabled");
    }
}
