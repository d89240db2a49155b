package io.deliveryhub.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deliveryhub.deploy.local.LocalStack;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A hostile client against every operation of the aggregated OpenAPI the running gateway serves: malformed JSON,
 * wrong types per schema property, huge and odd strings, NUL, invalid UTF-8, emoji and right-to-left marks in path
 * and query values, bad and oversized headers, missing bodies, wrong content types, numbers beyond every range; as
 * ADMIN and without credentials. No answer may be a 5xx or name a Java type, package or exception, and every 4xx
 * is a problem document.
 */
@ExtendWith(RunningStack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> WRITES = Set.of("post", "put", "patch");
    /** Java speaking through an error: a package-qualified name, an exception's name, Jackson's own phrases. */
    private static final Pattern JAVA_NAMES = Pattern.compile(
            "\\b(java|javax|jakarta|com\\.fasterxml|io\\.(quarkus|vertx|netty|smallrye|deliveryhub)|org\\.(hibernate"
                    + "|postgresql|jboss|apache))\\.[a-zA-Z]|\\b[A-Z]\\w*(Exception|Error)\\b|Cannot deserialize"
                    + "|Cannot construct instance|\\bat \\[Source");
    private static final List<String> HOSTILE_TEXT = List.of(
            "%00", "a%00b", "%C3%28", "%FF%FE", "%F0%9F%98%80", "%E2%80%AEevil", "%D9%85%D8%B1%D8%AD%D8%A8%D8%A7",
            "..%2F..%2Fetc%2Fpasswd", "%27%20OR%201%3D1--", "%3Cscript%3E", "x".repeat(3000), "-1",
            "99999999999999999999999", "1e400", "NaN", "%20", "null", "true");
    private static final List<String> HOSTILE_BODIES = List.of(
            "{", "}", "[]", "null", "\"text\"", "42", "{\"a\":}", "{\"a\":1,}", "{'a':1}", "{\"a\":\"\\u0000\"}",
            "{\"a\":\"\\ud800\"}", "{\"name\":\"" + "\u202e\ud83d\ude00".repeat(500) + "\"}", "[".repeat(1200),
            "{\"n\":" + "9".repeat(1200) + "}", "{\"a\":\"" + "x".repeat(200_000) + "\"}", "<xml/>");

    private LocalStack stack;
    private HttpClient http;
    private String apiKey;
    private final Map<String, String> knownIds = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    private final AtomicInteger sent = new AtomicInteger();
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();

    @BeforeAll
    void seed(LocalStack stack) throws Exception {
        this.stack = stack;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build();
        // a key of its own, so the corpus is not throttled by the admin key's rate limit
        apiKey = JSON.readTree(send("POST", "/api/v1/admin/api-keys", stack.adminApiKey(), "application/json",
                "{\"name\":\"hostile-input\",\"roles\":[\"ADMIN\"],\"rateLimitPerMinute\":1000000}".getBytes(
                        StandardCharsets.UTF_8), Map.of()).body()).path("key").asText();
        assertThat(apiKey).as("the corpus's API key").isNotBlank();
        String client = JSON.readTree(send("POST", "/api/v1/clients", apiKey, "application/json",
                "{\"name\":\"Hostile Ltd\"}".getBytes(StandardCharsets.UTF_8), Map.of()).body()).path("id").asText();
        knownIds.put("/api/v1/clients", client);
        String project = JSON.readTree(send("POST", "/api/v1/projects", apiKey, "application/json",
                ("{\"key\":\"HOSTILE\",\"name\":\"Hostile\",\"clientId\":\"" + client + "\"}")
                        .getBytes(StandardCharsets.UTF_8), Map.of()).body()).path("id").asText();
        knownIds.put("/api/v1/projects", project);
        String person = JSON.readTree(send("POST", "/api/v1/people", apiKey, "application/json",
                "{\"name\":\"Hostile Person\",\"email\":\"hostile@example.com\"}".getBytes(StandardCharsets.UTF_8),
                Map.of()).body()).path("id").asText();
        knownIds.put("/api/v1/people", person);
    }

    @Test
    void everyOperationAnswersHostileInputWithAProblemAndNeverA5xx() throws Exception {
        JsonNode document = JSON.readTree(send("GET", "/q/openapi?format=json", null, null, null, Map.of()).body());
        List<Probe> probes = new ArrayList<>();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (Set.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
                    operations++;
                    probes.addAll(corpus(document, path.getKey(), op.getKey(), op.getValue()));
                }
            }
        }
        // deletions last, so they do not take the seeded records away from the other probes
        probes.sort((a, b) -> Boolean.compare(a.method().equals("DELETE"), b.method().equals("DELETE")));

        long started = System.nanoTime();
        ExecutorService callers = Executors.newFixedThreadPool(4);
        List<Future<?>> running = new ArrayList<>();
        for (Probe probe : probes) {
            running.add(callers.submit(() -> run(probe)));
        }
        for (Future<?> future : running) {
            future.get();
        }
        callers.shutdown();
        rawProbes();
        System.out.printf("Hostile input: %d requests over %d operations in %.1f s; statuses %s%n", sent.get(),
                operations, (System.nanoTime() - started) / 1e9, new TreeMap<>(statuses));

        assertThat(operations).as("operations in the aggregated OpenAPI").isGreaterThan(50);
        List<String> found = List.copyOf(failures);
        found.stream().limit(300).forEach(failure -> System.out.println("HOSTILE " + failure));
        assertThat(found.size()).as("answers that were a 5xx, named Java types or were a 4xx without a problem (the "
                + "first 300 are printed as HOSTILE lines), such as:%n%s", String.join("\n",
                        found.subList(0, Math.min(20, found.size())))).isZero();
    }

    /** The probes of one operation: hostile path values, query values, bodies, headers, and no credentials. */
    private List<Probe> corpus(JsonNode document, String template, String method, JsonNode operation) {
        List<Probe> probes = new ArrayList<>();
        String verb = method.toUpperCase();
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(parameters::add);
        String valid = fill(template, null, null);
        String validBody = WRITES.contains(method) ? "{}" : null;
        String validType = validBody == null ? null : "application/json";

        probes.add(new Probe(verb, valid, null, validType, validBody, Map.of(), true));
        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asText();
            String in = parameter.path("in").asText();
            for (String value : HOSTILE_TEXT) {
                if (in.equals("path")) {
                    probes.add(new Probe(verb, fill(template, name, value), apiKey, validType, validBody, Map.of(), false));
                } else if (in.equals("query")) {
                    probes.add(new Probe(verb, valid + "?" + name + "=" + value, apiKey, validType, validBody, Map.of(),
                            false));
                }
            }
            for (String value : wrongValues(document, parameter.path("schema"))) {
                if (in.equals("query")) {
                    probes.add(new Probe(verb, valid + "?" + name + "=" + encode(value), apiKey, validType, validBody,
                            Map.of(), false));
                }
            }
        }
        probes.add(new Probe(verb, valid + "?page=2147483647&size=500&sort=%00", apiKey, validType, validBody,
                Map.of(), false));
        probes.add(new Probe(verb, valid, apiKey, validType, validBody, Map.of("Accept", "image/png"), false));
        probes.add(new Probe(verb, valid, apiKey, validType, validBody,
                Map.of("X-Padding", "p".repeat(12_000), "If-Match", "\"\u00e9\"", "Idempotency-Key", "k".repeat(300)),
                false));
        probes.add(new Probe(verb, valid, apiKey, validType, validBody, Map.of("If-None-Match", "*, \"1\", W/\""),
                false));
        if (WRITES.contains(method)) {
            probes.add(new Probe(verb, valid, apiKey, null, null, Map.of(), false));
            probes.add(new Probe(verb, valid, apiKey, "application/json", "", Map.of(), false));
            probes.add(new Probe(verb, valid, apiKey, "text/plain", "{}", Map.of(), false));
            probes.add(new Probe(verb, valid, apiKey, "application/xml", "<a/>", Map.of(), false));
            probes.add(new Probe(verb, valid, apiKey, "application/json; charset=utf-16", "{}", Map.of(), false));
            for (String body : HOSTILE_BODIES) {
                probes.add(new Probe(verb, valid, apiKey, "application/json", body, Map.of(), false));
            }
            probes.add(new Probe(verb, valid, apiKey, "application/json", "{\"name\":\"Acme \u00c3( \u0000\"}",
                    Map.of(), false).latin1());
            JsonNode schema = resolve(document, operation.path("requestBody").path("content")
                    .path("application/json").path("schema"));
            if (schema.isMissingNode()) {
                schema = resolve(document, operation.path("requestBody").path("content")
                        .path("application/merge-patch+json").path("schema"));
            }
            for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
                    properties.hasNext();) {
                Map.Entry<String, JsonNode> property = properties.next();
                for (String wrong : wrongJson(document, property.getValue())) {
                    probes.add(new Probe(verb, valid, apiKey, "application/json",
                            "{\"" + property.getKey() + "\":" + wrong + "}", Map.of(), false));
                }
            }
        }
        return probes;
    }

    /** A path with its parameters filled: seeded ids where the path names a seeded record, else a fresh UUID. */
    private String fill(String template, String hostileName, String hostileValue) {
        StringBuilder path = new StringBuilder();
        int at = 0;
        boolean first = true;
        while (template.indexOf('{', at) >= 0) {
            int open = template.indexOf('{', at);
            int close = template.indexOf('}', open);
            String prefix = template.substring(0, open - 1);
            path.append(template, at, open);
            String name = template.substring(open + 1, close);
            if (name.equals(hostileName)) {
                path.append(hostileValue);
            } else if (first && knownIds.containsKey(prefix)) {
                path.append(knownIds.get(prefix));
            } else {
                path.append(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
            }
            first = false;
            at = close + 1;
        }
        return path.append(template.substring(at)).toString();
    }

    /** Values of the wrong type or beyond the range for a schema, as JSON. */
    private static List<String> wrongJson(JsonNode document, JsonNode property) {
        JsonNode schema = resolve(document, property);
        if (schema.has("allOf") && schema.path("allOf").size() > 0) {
            schema = resolve(document, schema.path("allOf").get(0));
        }
        String type = schema.path("type").asText("");
        String format = schema.path("format").asText("");
        if (schema.has("enum")) {
            return List.of("\"NOT_ONE_OF_THEM\"", "7");
        }
        return switch (type) {
            case "integer" -> List.of("\"many\"", "1e400", "99999999999999999999999", "-99999999999999999999", "1.5",
                    "true");
            case "number" -> List.of("\"lots\"", "1e400", "-1e400", "[1]", "false");
            case "boolean" -> List.of("\"yes\"", "1", "\"\"");
            case "array" -> List.of("\"not a list\"", "{\"a\":1}", "[null, null]", "[" + "1,".repeat(5000) + "1]");
            case "object" -> List.of("\"not an object\"", "[]");
            case "string" -> switch (format) {
                case "date" -> List.of("\"2026-02-30\"", "\"tomorrow\"", "20260101", "\"+999999999-12-31\"");
                case "date-time" -> List.of("\"noon\"", "1e10", "\"2026-13-01T00:00:00Z\"");
                case "uuid" -> List.of("\"not-a-uuid\"", "123", "\"\\u0000\"");
                default -> List.of("12345", "{\"a\":1}", "[\"a\"]", "\"" + "\u202e\ud83d\ude00x".repeat(3000) + "\"",
                        "\"\\u0000\"");
            };
            default -> schema.has("properties") ? List.of("\"not an object\"", "[1]", "42") : List.of("[[[]]]");
        };
    }

    /** Query values that are not of the parameter's type. */
    private static List<String> wrongValues(JsonNode document, JsonNode parameterSchema) {
        JsonNode schema = resolve(document, parameterSchema);
        String type = schema.path("type").asText("");
        String format = schema.path("format").asText("");
        if (schema.has("enum")) {
            return List.of("NOT_ONE_OF_THEM", "active");
        }
        return switch (type + "/" + format) {
            case "string/date" -> List.of("2026-02-30", "0000-00-00", "+999999999-12-31", "-999999999-01-01");
            case "string/uuid" -> List.of("not-a-uuid", "00000000-0000-0000-0000-00000000000g");
            case "boolean/" -> List.of("yes", "1");
            case "integer/int32", "integer/int64", "integer/" -> List.of("abc", "2147483648", "-2147483649", "1.5");
            case "number/", "number/double", "number/float" -> List.of("abc", "1e400", "-Infinity");
            default -> List.of("\u202eRTL\u200f", "\ud83d\ude00".repeat(200));
        };
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        if (ref.startsWith("#/components/schemas/")) {
            return document.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
        }
        return schema;
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private void run(Probe probe) {
        HttpResponse<String> response;
        try {
            response = send(probe.method(), probe.path(), probe.anonymous() ? null : probe.key(), probe.contentType(),
                    probe.body() == null ? null : probe.body().getBytes(probe.charset()), probe.headers());
        } catch (IllegalArgumentException unsendable) {
            return; // a URI or header the client itself will not send; the raw probes cover those
        } catch (IOException | InterruptedException e) {
            failures.add(probe + " → no answer: " + e);
            return;
        }
        check(probe.toString(), response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body(), true);
        // the gateway limits anonymous callers by address: a 429 is as good a refusal as the 401
        if (probe.anonymous() && response.statusCode() != 401 && response.statusCode() != 429) {
            failures.add(probe + " → " + response.statusCode() + " without credentials");
        }
    }

    private void check(String probe, int status, String contentType, String body, boolean problemRequired) {
        statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
        if (status >= 500) {
            failures.add(probe + " → " + status + ": " + abbreviate(body));
        } else if (JAVA_NAMES.matcher(body).find()) {
            failures.add(probe + " → " + status + " names Java: " + abbreviate(body));
        } else if (problemRequired && status >= 400 && !contentType.startsWith("application/problem+json")) {
            failures.add(probe + " → " + status + " as '" + contentType + "': " + abbreviate(body));
        }
    }

    private HttpResponse<String> send(String method, String path, String key, String contentType, byte[] body,
            Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (key != null) {
            request.header("X-API-Key", key);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        sent.incrementAndGet();
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * Bytes no well-behaved client sends: raw invalid UTF-8 in the path, NUL and control characters in headers,
     * a request line beyond the limits. The HTTP decoder refuses control characters itself (in headers, and C1
     * control bytes such as 0x80 in the request line) with a bare 400, before any handler, so only the status is
     * checked there.
     */
    private void rawProbes() {
        String key = "X-API-Key: " + apiKey;
        raw("GET /api/v1/projects/\u00ff\u00fe\u00c3( HTTP/1.1\r\n" + key, true);
        raw("GET /api/v1/clients?q=\u00c3( HTTP/1.1\r\n" + key, true);
        raw("GET /api/v1/clients?q=\u00c3(\u0080 HTTP/1.1\r\n" + key, false);
        raw("GET /api/v1/clients HTTP/1.1\r\n" + key + "\r\nX-Note: a\u0000b", false);
        raw("GET /api/v1/clients HTTP/1.1\r\n" + key + "\r\nX-Note: a\u001bb", false);
        byte[] nul = "{\"name\":\"\u0000\"}".getBytes(StandardCharsets.ISO_8859_1);
        raw("POST /api/v1/clients HTTP/1.1\r\n" + key + "\r\nContent-Type: application/json\r\nContent-Length: "
                + nul.length, true, nul);
    }

    private void raw(String head, boolean problemRequired) {
        raw(head, problemRequired, new byte[0]);
    }

    private void raw(String head, boolean problemRequired, byte[] body) {
        sent.incrementAndGet();
        String probe = "raw " + head.substring(0, head.indexOf('\r')).replaceAll("\\p{Cntrl}", "?");
        try (Socket socket = new Socket(stack.gatewayUrl().getHost(), stack.gatewayUrl().getPort())) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] chunk = new byte[8192];
            try {
                for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                    answer.write(chunk, 0, n);
                }
            } catch (SocketTimeoutException keptOpen) {
                // what came is the answer
            }
            String text = answer.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            if (!text.startsWith("HTTP/1.1 ") || end < 0) {
                failures.add(probe + " → no HTTP answer: " + abbreviate(text));
                return;
            }
            String contentType = text.substring(0, end).lines()
                    .filter(line -> line.toLowerCase().startsWith("content-type:"))
                    .map(line -> line.substring("content-type:".length()).trim()).findFirst().orElse("");
            check(probe, Integer.parseInt(text.substring(9, 12)), contentType, text.substring(end + 4),
                    problemRequired);
        } catch (IOException e) {
            failures.add(probe + " → " + e);
        }
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() > 300 ? oneLine.substring(0, 300) + "…" : oneLine;
    }

    /** One request of the corpus. */
    private record Probe(String method, String path, String key, String contentType, String body,
            Map<String, String> headers, boolean anonymous, boolean isLatin1) {

        Probe(String method, String path, String key, String contentType, String body, Map<String, String> headers,
                boolean anonymous) {
            this(method.toUpperCase(), path, key, contentType, body, headers, anonymous, false);
        }

        /** The body's characters sent as single bytes, so that {@code \u00c3(} is invalid UTF-8 on the wire. */
        Probe latin1() {
            return new Probe(method, path, key, contentType, body, headers, anonymous, true);
        }

        java.nio.charset.Charset charset() {
            return isLatin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8;
        }

        @Override
        public String toString() {
            String shownPath = path.length() > 120 ? path.substring(0, 120) + "…" : path;
            String shownBody = body == null ? "no body" : body.length() > 80 ? body.substring(0, 80) + "…" : body;
            return method + " " + shownPath + (anonymous ? " (anonymous)" : "") + " [" + contentType + "] "
                    + shownBody + (headers.isEmpty() ? "" : " " + headers.keySet());
        }
    }
}
