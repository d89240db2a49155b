package io.deliveryhub.deploy.local;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StackSettingsTest {

    private static final Path ROOT = Path.of("/checkout");

    @Test
    void usesTheDocumentedPortsAndDirectoryByDefault() {
        StackSettings settings = StackSettings.fromEnvironment(Map.of(), ROOT);

        assertThat(settings.port(Service.GATEWAY)).isEqualTo(8080);
        assertThat(settings.port(Service.PROJECTS)).isEqualTo(8081);
        assertThat(settings.port(Service.RESOURCES)).isEqualTo(8082);
        assertThat(settings.port(Service.DELIVERY_METRICS)).isEqualTo(8083);
        assertThat(settings.postgresPort()).isEqualTo(54320);
        assertThat(settings.kafkaPort()).isEqualTo(19092);
        assertThat(settings.dataDirectory()).isEqualTo(Path.of("/checkout/deploy/local/.data"));
        assertThat(settings.logDirectory()).isEqualTo(Path.of("/checkout/deploy/local/.data/logs"));
        assertThat(settings.adminApiKey()).isEqualTo("local-admin-key");
        assertThat(settings.services()).containsExactlyInAnyOrder(Service.values());
        assertThat(settings.reset()).isFalse();
    }

    @Test
    void takesEveryPortTheDirectoryAndTheAdminKeyFromTheEnvironment() {
        StackSettings settings = StackSettings.fromEnvironment(Map.of(
                "DELIVERYHUB_GATEWAY_PORT", "9080",
                "DELIVERYHUB_PROJECTS_PORT", "9081",
                "DELIVERYHUB_RESOURCES_PORT", "9082",
                "DELIVERYHUB_METRICS_PORT", "9083",
                "DELIVERYHUB_POSTGRES_PORT", "15432",
                "DELIVERYHUB_KAFKA_PORT", "19999",
                "DELIVERYHUB_DATA_DIR", "/var/tmp/dh",
                "DELIVERYHUB_ADMIN_API_KEY", "s3cret"), ROOT);

        assertThat(settings.port(Service.GATEWAY)).isEqualTo(9080);
        assertThat(settings.port(Service.PROJECTS)).isEqualTo(9081);
        assertThat(settings.port(Service.RESOURCES)).isEqualTo(9082);
        assertThat(settings.port(Service.DELIVERY_METRICS)).isEqualTo(9083);
        assertThat(settings.postgresPort()).isEqualTo(15432);
        assertThat(settings.kafkaPort()).isEqualTo(19999);
        assertThat(settings.dataDirectory()).isEqualTo(Path.of("/var/tmp/dh"));
        assertThat(settings.adminApiKey()).isEqualTo("s3cret");
    }

    @Test
    void refusesAPortThatIsNoPortNamingTheVariable() {
        assertThatThrownBy(() -> StackSettings.fromEnvironment(Map.of("DELIVERYHUB_KAFKA_PORT", "90000"), ROOT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DELIVERYHUB_KAFKA_PORT")
                .hasMessageContaining("90000");
    }

    @Test
    void givesEveryComponentItsOwnFreePort() {
        StackSettings settings = StackSettings.withFreePorts(ROOT, Path.of("/tmp/e2e"));

        Set<Integer> ports = new HashSet<>(settings.servicePorts().values());
        ports.add(settings.postgresPort());
        ports.add(settings.kafkaPort());
        assertThat(ports).hasSize(Service.values().length + 2).allMatch(port -> port > 0);
    }

    @Test
    void placesReplicasTenPortsApartAndRunsOneGateway() {
        StackSettings settings = StackSettings.fromEnvironment(Map.of(), ROOT).withReplicas(3);

        assertThat(settings.replicasOf(Service.PROJECTS)).extracting(ServiceReplica::port).containsExactly(8081, 8091, 8101);
        assertThat(settings.replicasOf(Service.DELIVERY_METRICS)).extracting(ServiceReplica::name)
                .containsExactly("delivery-metrics-service", "delivery-metrics-service-2", "delivery-metrics-service-3");
        assertThat(settings.replicasOf(Service.GATEWAY)).extracting(ServiceReplica::port).containsExactly(8080);
        assertThatThrownBy(() -> settings.withReplicas(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesServicesByModuleOrShortName() {
        assertThat(Service.named("projects-service")).contains(Service.PROJECTS);
        assertThat(Service.named("delivery-metrics")).contains(Service.DELIVERY_METRICS);
        assertThat(Service.named("gateway")).contains(Service.GATEWAY);
        assertThat(Service.named("billing")).isEmpty();
    }
}
