package io.deliveryhub.deploy.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * deploy/observability's alert rules and dashboard parse, and every series they query is one the system exports
 * (a renamed meter would otherwise leave an alert that never fires).
 */
class ObservabilityKitTest {

    private static final Path REPOSITORY =
            Path.of(System.getProperty("deliveryhub.repository.root", "..")).toAbsolutePath().normalize();
    private static final Path KIT = REPOSITORY.resolve("deploy/observability");
    private static final Set<String> EXPECTED_ALERTS = Set.of("DeliveryHubOutboxBacklogAging", "DeliveryHubOutboxEventParked",
            "DeliveryHubDeadLettersGrowing", "DeliveryHubConsumerLag", "DeliveryHubHigh5xxRate", "DeliveryHubP99LatencyHigh");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern GROUPING = Pattern.compile("\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![a-zA-Z0-9_:])[a-zA-Z_:][a-zA-Z0-9_:]*+(?!\\s*\\()");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset");

    @Test
    void alertRulesCoverTheEventsAndHttpAndQueryOnlyExportedSeries() throws IOException {
        JsonNode rules = new YAMLMapper().readTree(KIT.resolve("alert-rules.yaml").toFile());
        Set<String> exported = exported();
        List<String> alerts = new ArrayList<>();

        for (JsonNode rule : rules.path("groups").findValues("rules").stream().flatMap(group -> list(group).stream()).toList()) {
            String alert = rule.path("alert").asText();
            alerts.add(alert);
            assertThat(rule.at("/labels/severity").asText()).as(alert).isIn("warning", "critical");
            assertThat(rule.at("/annotations/summary").asText()).as(alert).isNotBlank();
            Set<String> series = seriesIn(rule.path("expr").asText());
            assertThat(series).as(alert + " queries a series").isNotEmpty();
            assertThat(series).as(alert + " queries").isSubsetOf(exported);
        }
        assertThat(alerts).containsAll(EXPECTED_ALERTS).doesNotHaveDuplicates();
    }

    @Test
    void dashboardParsesAndQueriesOnlyExportedSeries() throws IOException {
        JsonNode dashboard = new ObjectMapper().readTree(KIT.resolve("grafana-dashboard.json").toFile());
        Set<String> exported = exported();

        List<JsonNode> expressions = dashboard.findValues("expr");
        assertThat(dashboard.path("title").asText()).isNotBlank();
        assertThat(expressions).hasSizeGreaterThan(5);
        for (JsonNode expression : expressions) {
            assertThat(seriesIn(expression.asText())).as(expression.asText()).isNotEmpty().isSubsetOf(exported);
        }
    }

    @Test
    void readsTheSeriesTheDocsName() {
        assertThat(ExportedMetrics.fromCode(REPOSITORY)).contains("deliveryhub_outbox_oldest_unpublished_age_seconds",
                "deliveryhub_outbox_parked_total", "deliveryhub_inbox_dead_lettered_total");
        assertThat(seriesIn("sum by (service, le) (rate(a_b_bucket{x=\"y(z)\"}[5m])) / on(service) c > bool 1"))
                .containsExactlyInAnyOrder("a_b_bucket", "c");
    }

    private static Set<String> exported() {
        Set<String> names = new TreeSet<>(ExportedMetrics.fromCode(REPOSITORY));
        names.addAll(ExportedMetrics.HTTP_SERVER);
        names.addAll(ExportedMetrics.KAFKA_EXPORTER_AND_PROMETHEUS);
        return names;
    }

    /** The series a PromQL expression selects: what is left once strings, label matchers, ranges and functions go. */
    static Set<String> seriesIn(String expression) {
        String stripped = GROUPING.matcher(STRING.matcher(expression).replaceAll("\"\"")).replaceAll(" ")
                .replaceAll("\\{[^}]*}", " ").replaceAll("\\[[^]]*]", " ");
        Set<String> series = new TreeSet<>();
        Matcher identifier = IDENTIFIER.matcher(stripped);
        while (identifier.find()) {
            if (!KEYWORDS.contains(identifier.group())) {
                series.add(identifier.group());
            }
        }
        return series;
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }
}
