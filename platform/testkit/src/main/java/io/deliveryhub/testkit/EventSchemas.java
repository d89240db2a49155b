package io.deliveryhub.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * The published language of a service: each event type has a JSON Schema at
 * {@code events/<type>.schema.json} and an example at {@code events/examples/<type>.json} on the
 * producer's classpath. Producer tests validate what they emit; consumer tests feed the examples in.
 */
public final class EventSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true)
            .build();

    private EventSchemas() {
    }

    /** Throws an AssertionError listing every violation when the payload does not match its type's schema. */
    public static void assertValid(String type, String payload) {
        Set<ValidationMessage> violations = schema(type).validate(read(payload));
        if (!violations.isEmpty()) {
            throw new AssertionError("payload of " + type + " breaks its schema: " + violations + "\n" + payload);
        }
    }

    /** The example payload of an event type, as committed beside its schema. */
    public static String example(String type) {
        return text("events/examples/" + type + ".json");
    }

    private static JsonSchema schema(String type) {
        return FACTORY.getSchema(read(text("events/" + type + ".schema.json")), CONFIG);
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    private static String text(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("no " + resource + " on the classpath");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
