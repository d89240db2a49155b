package io.deliveryhub.deploy.k8s;

import static io.deliveryhub.deploy.k8s.RenderedOverlay.nameOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Renders deploy/k8s's overlays with {@code kubectl kustomize} and checks what a cluster would receive against the
 * services' own configuration: every service runs with probes, limits and no secret in the manifests, sets only the
 * settings it reads and all those it needs, and production has the topics, replicas and fences the design asks for.
 */
class KubernetesManifestsTest {

    private static final Path REPOSITORY =
            Path.of(System.getProperty("deliveryhub.repository.root", "..")).toAbsolutePath().normalize();
    private static final Path K8S = REPOSITORY.resolve("deploy/k8s");
    private static final List<String> SERVICES =
            List.of("projects-service", "resources-service", "delivery-metrics-service", "gateway");
    private static final Pattern SECRET_LOOKING = Pattern.compile("(?i).*(PASSWORD|SECRET|TOKEN|API_KEY|PRIVATE_KEY|PEPPER|CREDENTIAL).*");
    private static final Pattern DOCUMENTED_SECRET = Pattern.compile("kubectl (?:-n \\S+ )?create secret \\S+ ([a-z0-9-]+)");
    private static final Map<String, RenderedOverlay> RENDERED = new ConcurrentHashMap<>();

    private static RenderedOverlay overlay(String name) {
        return RENDERED.computeIfAbsent(name, overlay -> RenderedOverlay.render(K8S, overlay));
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void rendersEveryServiceWithKafkaAndItsDatabases(String name) {
        RenderedOverlay overlay = overlay(name);

        for (String service : SERVICES) {
            overlay.named("Deployment", service);
            overlay.named("Service", service);
            overlay.named("ConfigMap", service + "-config");
        }
        assertThat(overlay.ofKind("Kafka")).hasSize(1);
        assertThat(overlay.ofKind("KafkaNodePool")).extracting(pool -> pool.at("/spec/roles").toString())
                .contains("[\"controller\"]", "[\"broker\"]");
        assertThat(overlay.ofKind("Cluster")).extracting(RenderedOverlay::nameOf)
                .containsExactlyInAnyOrder("projects-db", "resources-db", "delivery-metrics-db", "gateway-db");
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void everyDeploymentHasProbesLimitsAndRunsAsNonRoot(String name) {
        for (JsonNode deployment : overlay(name).ofKind("Deployment")) {
            JsonNode pod = deployment.at("/spec/template/spec");
            assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).as(nameOf(deployment)).isTrue();
            for (JsonNode container : pod.path("containers")) {
                String where = nameOf(deployment) + "/" + container.path("name").asText();
                assertThat(container.at("/startupProbe/httpGet/path").asText()).as(where).isEqualTo("/q/health/started");
                assertThat(container.at("/livenessProbe/httpGet/path").asText()).as(where).isEqualTo("/q/health/live");
                assertThat(container.at("/readinessProbe/httpGet/path").asText()).as(where).isEqualTo("/q/health/ready");
                for (String bound : List.of("requests", "limits")) {
                    assertThat(container.at("/resources/" + bound + "/cpu").isMissingNode()).as(where + " cpu " + bound).isFalse();
                    assertThat(container.at("/resources/" + bound + "/memory").isMissingNode()).as(where + " memory " + bound).isFalse();
                }
                assertThat(container.at("/securityContext/allowPrivilegeEscalation").asBoolean(true)).as(where).isFalse();
                assertThat(container.path("image").asText()).as(where)
                        .matches("deliveryhub/" + Pattern.quote(nameOf(deployment)) + ":[A-Za-z0-9._-]+");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void keepsEverySecretOutOfTheManifests(String name) {
        RenderedOverlay overlay = overlay(name);

        assertThat(overlay.ofKind("Secret")).as("Secrets are created in the cluster (README), never rendered").isEmpty();
        for (JsonNode configMap : overlay.ofKind("ConfigMap")) {
            configMap.path("data").fields().forEachRemaining(setting -> {
                assertThat(isSecretLooking(setting.getKey())).as(nameOf(configMap) + " " + setting.getKey()).isFalse();
                assertThat(setting.getValue().asText()).as(nameOf(configMap) + " " + setting.getKey()).doesNotContain("-----BEGIN");
            });
        }
        for (JsonNode container : containers(overlay)) {
            for (JsonNode variable : container.path("env")) {
                String variableName = variable.path("name").asText();
                if (isSecretLooking(variableName)) {
                    assertThat(variable.at("/valueFrom/secretKeyRef/name").asText()).as(variableName + " comes from a Secret").isNotEmpty();
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void everySecretReferencedIsMadeByCloudNativePgOrCreatedAsTheReadmeSays(String name) throws IOException {
        RenderedOverlay overlay = overlay(name);
        Set<String> made = new TreeSet<>();
        overlay.ofKind("Cluster").forEach(cluster -> made.add(nameOf(cluster) + "-app"));
        Matcher documented = DOCUMENTED_SECRET.matcher(Files.readString(REPOSITORY.resolve("README.md")));
        while (documented.find()) {
            made.add(documented.group(1));
        }

        assertThat(referencedSecrets(overlay)).isNotEmpty().isSubsetOf(made);
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void deploymentsSetOnlyWhatTheirServiceReadsAndEverythingItNeeds(String name) {
        RenderedOverlay overlay = overlay(name);
        for (String service : SERVICES) {
            ServiceConfiguration configuration = ServiceConfiguration.of(REPOSITORY, service);
            Set<String> set = environmentOf(overlay, overlay.named("Deployment", service));

            assertThat(set).as(service + " sets only what its configuration reads").isSubsetOf(configuration.knownVariables());
            assertThat(set).as(service + " sets what it cannot run without").containsAll(configuration.requiredVariables());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void servicesFindTheirKafkaAndTheirDatabase(String name) {
        RenderedOverlay overlay = overlay(name);
        String bootstrap = nameOf(overlay.ofKind("Kafka").get(0)) + "-kafka-bootstrap:9092";
        for (String service : SERVICES) {
            JsonNode settings = overlay.named("ConfigMap", service + "-config").path("data");
            Matcher url = Pattern.compile("jdbc:postgresql://([a-z0-9-]+)-rw:5432/(\\w+)").matcher(settings.path("DB_URL").asText());
            assertThat(url.matches()).as(service + " DB_URL").isTrue();
            JsonNode cluster = overlay.named("Cluster", url.group(1));
            assertThat(cluster.at("/spec/bootstrap/initdb/database").asText()).as(service + " database").isEqualTo(url.group(2));
            if (ServiceConfiguration.of(REPOSITORY, service).knownVariables().contains("KAFKA_BOOTSTRAP_SERVERS")) {
                assertThat(settings.path("KAFKA_BOOTSTRAP_SERVERS").asText()).as(service).isEqualTo(bootstrap);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void declaresEveryTopicTheServicesUseAsTheyCreateIt(String name) {
        RenderedOverlay overlay = overlay(name);
        Set<String> expected = new TreeSet<>();
        SERVICES.forEach(service -> ServiceConfiguration.of(REPOSITORY, service).topics()
                .forEach(topic -> expected.addAll(List.of(topic, topic + ".dlq"))));
        int brokers = overlay.ofKind("KafkaNodePool").stream()
                .filter(pool -> pool.at("/spec/roles").toString().contains("broker"))
                .mapToInt(pool -> pool.at("/spec/replicas").asInt()).sum();

        assertThat(overlay.ofKind("KafkaTopic")).extracting(topic -> topic.at("/spec/topicName").asText())
                .containsExactlyInAnyOrderElementsOf(expected);
        for (JsonNode topic : overlay.ofKind("KafkaTopic")) {
            String where = topic.at("/spec/topicName").asText();
            assertThat(topic.at("/spec/partitions").asInt()).as(where).isEqualTo(ServiceConfiguration.defaultPartitions(REPOSITORY));
            assertThat(topic.at("/spec/config/retention.ms").asLong()).as(where + " keeps its events forever").isEqualTo(-1);
            assertThat(topic.at("/spec/replicas").asInt()).as(where).isBetween(1, brokers);
            assertThat(topic.at("/spec/config/min.insync.replicas").asInt()).as(where).isBetween(1, topic.at("/spec/replicas").asInt());
        }
    }

    @Test
    void productionReplicatesTopicsThreeTimesAndDatabasesThreeTimes() {
        RenderedOverlay production = overlay("production");

        for (JsonNode topic : production.ofKind("KafkaTopic")) {
            assertThat(topic.at("/spec/replicas").asInt()).as(nameOf(topic)).isEqualTo(3);
            assertThat(topic.at("/spec/config/min.insync.replicas").asInt()).as(nameOf(topic)).isEqualTo(2);
        }
        assertThat(production.named("Kafka", "deliveryhub").at("/spec/kafka/config/min.insync.replicas").asInt()).isEqualTo(2);
        assertThat(production.ofKind("KafkaNodePool")).allSatisfy(pool -> assertThat(pool.at("/spec/replicas").asInt()).isEqualTo(3));
        assertThat(production.ofKind("Cluster")).allSatisfy(cluster -> assertThat(cluster.at("/spec/instances").asInt()).isEqualTo(3));
        for (String service : SERVICES) {
            ServiceConfiguration configuration = ServiceConfiguration.of(REPOSITORY, service);
            if (!configuration.topics().isEmpty()) {
                JsonNode settings = production.named("ConfigMap", service + "-config").path("data");
                assertThat(settings.path("DELIVERYHUB_KAFKA_REPLICATION_FACTOR").asText()).as(service).isEqualTo("3");
                assertThat(settings.path("DELIVERYHUB_KAFKA_MIN_INSYNC_REPLICAS").asText()).as(service).isEqualTo("2");
            }
        }
    }

    @Test
    void localRunsOneOfEverything() {
        RenderedOverlay local = overlay("local");

        assertThat(local.ofKind("Deployment")).allSatisfy(deployment -> assertThat(deployment.at("/spec/replicas").asInt()).isEqualTo(1));
        assertThat(local.ofKind("Cluster")).allSatisfy(cluster -> assertThat(cluster.at("/spec/instances").asInt()).isEqualTo(1));
        assertThat(local.ofKind("KafkaNodePool")).allSatisfy(pool -> assertThat(pool.at("/spec/replicas").asInt()).isEqualTo(1));
        assertThat(local.ofKind("HorizontalPodAutoscaler")).isEmpty();
    }

    @Test
    void productionScalesEveryServiceAndBudgetsItsDisruptions() {
        RenderedOverlay production = overlay("production");

        for (String service : SERVICES) {
            JsonNode autoscaler = production.named("HorizontalPodAutoscaler", service);
            assertThat(autoscaler.at("/spec/scaleTargetRef/name").asText()).isEqualTo(service);
            assertThat(autoscaler.at("/spec/minReplicas").asInt()).as(service).isGreaterThanOrEqualTo(2);
            assertThat(production.named("Deployment", service).at("/spec/replicas").isMissingNode())
                    .as(service + ": the autoscaler alone sets its replicas").isTrue();
            assertThat(production.named("PodDisruptionBudget", service).at("/spec/selector/matchLabels"))
                    .isEqualTo(production.named("Deployment", service).at("/spec/selector/matchLabels"));
        }
    }

    @Test
    void onlyTheGatewayIsReachableFromOutside() {
        RenderedOverlay production = overlay("production");

        assertThat(production.ofKind("Ingress")).singleElement()
                .satisfies(ingress -> assertThat(ingress.findValues("service")).extracting(service -> service.path("name").asText())
                        .containsOnly("gateway"));
        assertThat(production.ofKind("Service")).allSatisfy(service -> assertThat(service.at("/spec/type").asText("ClusterIP"))
                .as(nameOf(service)).isEqualTo("ClusterIP"));
        for (String service : SERVICES) {
            JsonNode policy = policyFor(production, production.named("Deployment", service));
            assertThat(policy.at("/spec/policyTypes").toString()).as(service).contains("Ingress", "Egress");
            List<JsonNode> peers = policy.at("/spec/ingress").findValues("from").stream()
                    .flatMap(from -> stream(from)).toList();
            if (service.equals("gateway")) {
                assertThat(peers).anySatisfy(peer -> assertThat(peer.at("/namespaceSelector/matchLabels/kubernetes.io~1metadata.name")
                        .asText()).isEqualTo("ingress-nginx"));
            } else {
                assertThat(peers).as(service + " admits the gateway and Prometheus only").allSatisfy(peer -> assertThat(
                        peer.at("/podSelector/matchLabels/app.kubernetes.io~1name").asText()).isIn("gateway", "prometheus"));
            }
        }
    }

    @Test
    void servicesReachOnlyKafkaAndTheirOwnDatabase() {
        RenderedOverlay production = overlay("production");
        for (String service : SERVICES) {
            JsonNode policy = policyFor(production, production.named("Deployment", service));
            String database = production.named("ConfigMap", service + "-config").path("data").path("DB_URL").asText()
                    .replaceAll("jdbc:postgresql://([a-z0-9-]+)-rw.*", "$1");
            List<String> destinations = policy.at("/spec/egress").findValues("to").stream().flatMap(to -> stream(to))
                    .map(peer -> peer.path("podSelector").path("matchLabels").toString()).toList();

            assertThat(destinations).as(service).contains("{\"cnpg.io/cluster\":\"" + database + "\"}")
                    .noneMatch(labels -> labels.contains("cnpg.io/cluster") && !labels.contains("\"" + database + "\""));
            if (ServiceConfiguration.of(REPOSITORY, service).knownVariables().contains("KAFKA_BOOTSTRAP_SERVERS")) {
                assertThat(destinations).as(service).anyMatch(labels -> labels.contains("strimzi.io/broker-role"));
            }
        }
    }

    @Test
    void tracesReachTheCollectorTheServicesAreToldAbout() {
        RenderedOverlay production = overlay("production");
        for (String service : SERVICES) {
            String endpoint = production.named("ConfigMap", service + "-config").path("data")
                    .path("OTEL_EXPORTER_OTLP_ENDPOINT").asText();
            assertThat(endpoint).as(service).matches("http://opentelemetry-collector\\.monitoring:4317");
            JsonNode policy = policyFor(production, production.named("Deployment", service));
            assertThat(policy.path("spec").path("egress")).as(service + " may reach the collector").anySatisfy(rule -> {
                assertThat(rule.at("/to/0/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asText())
                        .isEqualTo("monitoring");
                assertThat(rule.at("/to/0/podSelector/matchLabels/app.kubernetes.io~1name").asText())
                        .isEqualTo("opentelemetry-collector");
                assertThat(rule.at("/ports/0/port").asInt()).isEqualTo(4317);
            });
        }
    }

    private static JsonNode policyFor(RenderedOverlay overlay, JsonNode deployment) {
        JsonNode podLabels = deployment.at("/spec/template/metadata/labels");
        return overlay.ofKind("NetworkPolicy").stream()
                .filter(policy -> selects(policy.at("/spec/podSelector/matchLabels"), podLabels)).findFirst()
                .orElseThrow(() -> new AssertionError("no NetworkPolicy selects " + nameOf(deployment)));
    }

    private static boolean selects(JsonNode selector, JsonNode labels) {
        List<Map.Entry<String, JsonNode>> wanted = new ArrayList<>();
        selector.fields().forEachRemaining(wanted::add);
        return !wanted.isEmpty() && wanted.stream().allMatch(label -> labels.path(label.getKey()).equals(label.getValue()));
    }

    private static Set<String> environmentOf(RenderedOverlay overlay, JsonNode deployment) {
        Set<String> names = new TreeSet<>();
        for (JsonNode container : deployment.at("/spec/template/spec/containers")) {
            container.path("env").forEach(variable -> names.add(variable.path("name").asText()));
            for (JsonNode source : container.path("envFrom")) {
                overlay.named("ConfigMap", source.at("/configMapRef/name").asText()).path("data").fieldNames()
                        .forEachRemaining(names::add);
            }
        }
        return names;
    }

    private static Set<String> referencedSecrets(RenderedOverlay overlay) {
        Set<String> names = new TreeSet<>();
        for (JsonNode deployment : overlay.ofKind("Deployment")) {
            deployment.findValues("secretKeyRef").forEach(reference -> names.add(reference.path("name").asText()));
            deployment.findValues("secretName").forEach(name -> names.add(name.asText()));
        }
        return names;
    }

    private static List<JsonNode> containers(RenderedOverlay overlay) {
        return overlay.ofKind("Deployment").stream()
                .flatMap(deployment -> stream(deployment.at("/spec/template/spec/containers"))).toList();
    }

    private static boolean isSecretLooking(String name) {
        return SECRET_LOOKING.matcher(name).matches() && !name.endsWith("_LOCATION");
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items.stream();
    }
}
