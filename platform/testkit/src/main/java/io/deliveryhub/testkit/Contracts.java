package io.deliveryhub.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

/**
 * Example answers of one service that another service reads: the reader's tests stub the service with them, and the
 * service's own tests check that its real answer still has every field an example holds, so the two cannot drift
 * apart unnoticed.
 */
public final class Contracts {

    /** GET /api/v1/metrics/portfolio of delivery-metrics, as the gateway's portfolio view reads it. */
    public static final String PORTFOLIO_KPIS = "contracts/portfolio-kpis.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Contracts() {
    }

    public static String example(String name) {
        try (InputStream in = Contracts.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new AssertionError("no contract example " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("contract example " + name + " not readable", e);
        }
    }

    /** Every field of a JSON document as a path: {@code mostAtRisk[].reasons[].name}; an array's items merged. */
    public static Set<String> fieldPaths(String json) {
        Set<String> paths = new TreeSet<>();
        try {
            collect(JSON.readTree(json), "", paths);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
        return paths;
    }

    private static void collect(JsonNode node, String path, Set<String> paths) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                paths.add(fieldPath);
                collect(field.getValue(), fieldPath, paths);
            });
        } else if (node.isArray()) {
            node.forEach(item -> collect(item, path + "[]", paths));
        }
    }
}
