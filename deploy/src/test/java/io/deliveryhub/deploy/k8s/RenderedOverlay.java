package io.deliveryhub.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/** The documents {@code kubectl kustomize} renders from an overlay, as a cluster would receive them. */
record RenderedOverlay(String name, List<JsonNode> documents) {

    private static final YAMLMapper YAML = new YAMLMapper();

    static RenderedOverlay render(Path k8s, String overlay) {
        Path directory = k8s.resolve("overlays").resolve(overlay);
        try {
            Path errors = Files.createTempFile("kustomize-", ".err");
            Process kubectl = new ProcessBuilder("kubectl", "kustomize", directory.toString())
                    .redirectError(errors.toFile()).start();
            String rendered = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!kubectl.waitFor(2, TimeUnit.MINUTES) || kubectl.exitValue() != 0) {
                throw new IllegalStateException("kubectl kustomize " + directory + " failed: " + Files.readString(errors));
            }
            Files.delete(errors);
            return new RenderedOverlay(overlay, parse(rendered));
        } catch (IOException e) {
            throw new UncheckedIOException("kubectl is needed to render the overlays (.ci/run installs it)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static List<JsonNode> parse(String yaml) throws IOException {
        return YAML.readValues(new YAMLFactory().createParser(yaml), JsonNode.class).readAll().stream()
                .filter(Objects::nonNull).filter(document -> !document.isNull()).toList();
    }

    List<JsonNode> ofKind(String kind) {
        return documents.stream().filter(document -> document.path("kind").asText().equals(kind)).toList();
    }

    JsonNode named(String kind, String name) {
        return ofKind(kind).stream().filter(document -> nameOf(document).equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(this.name + " renders no " + kind + " " + name));
    }

    static String nameOf(JsonNode document) {
        return document.path("metadata").path("name").asText();
    }
}
