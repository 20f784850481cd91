package id.go.wna.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import id.go.wna.contracts.EventCatalogue.EventType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates event payloads against the JSON Schemas of the catalogue (the files partner agencies receive). Compiled
 * schemas are cached; the class is thread-safe.
 *
 * <pre>{@code
 * List<String> problems = EventSchemas.validate("CaseOpened.v1", json);
 * if (!problems.isEmpty()) ... // e.g. "$.caseId: does not match the uuid pattern ..."
 * }</pre>
 */
public final class EventSchemas {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .pathType(PathType.JSON_PATH)
            .build();
    private static final Map<String, JsonSchema> COMPILED = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /**
     * The violations of a payload against the schema of its type.
     *
     * @param ceType the CloudEvents type, e.g. {@code CaseOpened.v1}
     * @param json   the payload
     * @return the violations, each naming the JSON path of the problem (e.g. {@code $.arrest.arrestedAt: ...});
     *         empty when the payload is valid; a single {@code "not valid JSON: ..."} when it does not parse
     * @throws IllegalArgumentException when the type is not in the {@link EventCatalogue}
     */
    public static List<String> validate(String ceType, String json) {
        JsonSchema schema = schema(ceType);
        JsonNode payload;
        try {
            payload = json == null ? null : JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return List.of("not valid JSON: " + e.getOriginalMessage());
        }
        if (payload == null || payload.isMissingNode()) {
            return List.of("not valid JSON: no content");
        }
        Set<ValidationMessage> messages = schema.validate(payload);
        return messages.stream().map(EventSchemas::describe).sorted().toList();
    }

    /** Whether a payload is valid for its type. */
    public static boolean isValid(String ceType, String json) {
        return validate(ceType, json).isEmpty();
    }

    private static String describe(ValidationMessage m) {
        String location = m.getInstanceLocation().toString();
        if ("required".equals(m.getType()) && m.getProperty() != null) {
            // name the missing member itself, not its parent object
            String path = "$".equals(location) ? "$." + m.getProperty() : location + "." + m.getProperty();
            return path + ": is required but missing";
        }
        return m.getMessage();
    }

    private static JsonSchema schema(String ceType) {
        EventType type = EventCatalogue.byType(ceType)
                .orElseThrow(() -> new IllegalArgumentException("unknown event type: " + ceType));
        return COMPILED.computeIfAbsent(type.type(), t -> load(type));
    }

    private static JsonSchema load(EventType type) {
        String resource = type.schemaResource();
        try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema " + resource + " of " + type.type()
                        + " is not on the classpath");
            }
            return FACTORY.getSchema(JSON.readTree(in), CONFIG);
        } catch (IOException e) {
            throw new UncheckedIOException("schema " + resource + " cannot be read", e);
        }
    }
}
