package id.go.wna.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import id.go.wna.contracts.EventCatalogue.EventType;
import id.go.wna.contracts.schema.AsyncApiGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The committed AsyncAPI document is what {@link AsyncApiGenerator} makes of the catalogue, and it has the structure
 * AsyncAPI 3.0.0 requires. Run with {@code -Dcontracts.write-schemas=true} to rewrite it.
 */
class AsyncApiIsInStepTest {

    private static JsonNode doc;

    @BeforeAll
    static void readTheCommittedDocument() throws IOException {
        String committed = GeneratedFiles.read(AsyncApiGenerator.RESOURCE);
        String generated = AsyncApiGenerator.render();
        if (!generated.equals(committed) && GeneratedFiles.writeMode()) {
            GeneratedFiles.write(AsyncApiGenerator.RESOURCE, generated);
            committed = generated;
        }
        doc = committed == null ? null : new YAMLMapper().readTree(committed);
    }

    @Test
    void theCommittedDocumentIsInStepWithTheCatalogue() throws IOException {
        String committed = GeneratedFiles.read(AsyncApiGenerator.RESOURCE);
        if (!AsyncApiGenerator.render().equals(committed)) {
            fail("src/main/resources/" + AsyncApiGenerator.RESOURCE + (committed == null ? " is missing" : " differs")
                    + "; regenerate with: ./mvnw -pl event-contracts test -Dcontracts.write-schemas=true");
        }
    }

    @Test
    void itIsAnAsyncApi3DocumentWithInfoAndServers() {
        assertNotNull(doc, "document missing");
        assertEquals("3.0.0", doc.path("asyncapi").asText());
        assertFalse(doc.path("info").path("title").asText().isBlank());
        assertEquals("0.1.0", doc.path("info").path("version").asText());
        assertFalse(doc.path("info").path("description").asText().isBlank());
        assertTrue(doc.path("info").path("contact").isObject());
        assertEquals("kafka", doc.path("servers").path("production").path("protocol").asText());
        assertFalse(doc.path("servers").path("production").path("host").asText().isBlank());
        assertEquals("kafka", doc.path("servers").path("local").path("protocol").asText());
        assertEquals("localhost:9092", doc.path("servers").path("local").path("host").asText());
    }

    @Test
    void everyChannelIsATopicWithMessagesThatResolve() {
        Set<String> topics = topicConstants();
        Set<String> addresses = new HashSet<>();
        for (Map.Entry<String, JsonNode> channel : doc.path("channels").properties()) {
            String address = channel.getValue().path("address").asText();
            assertTrue(topics.contains(address), channel.getKey() + " address " + address + " is not a Topics constant");
            addresses.add(address);
            JsonNode messages = channel.getValue().path("messages");
            assertTrue(messages.isObject() && !messages.isEmpty(), channel.getKey() + " has no messages");
            for (Map.Entry<String, JsonNode> m : messages.properties()) {
                JsonNode message = resolve(m.getValue());
                assertTrue(message.isObject(), channel.getKey() + "/" + m.getKey() + " does not resolve");
                EventType type = EventCatalogue.byType(message.path("name").asText()).orElseThrow(
                        () -> new AssertionError(m.getKey() + " names no catalogued type"));
                assertEquals(address, type.topic(), type.type() + " is on the wrong channel");
            }
        }
        assertEquals(topics, addresses, "one channel per topic");
    }

    @Test
    void everyCatalogueTypeIsAMessageWithPayloadHeadersAndKey() throws IOException {
        JsonNode messages = doc.path("components").path("messages");
        Path folder = GeneratedFiles.resources().resolve("asyncapi");
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : messages.properties()) {
            JsonNode message = entry.getValue();
            names.add(message.path("name").asText());
            String ref = message.path("payload").path("$ref").asText();
            assertFalse(ref.isBlank(), entry.getKey() + " has no payload");
            Path schema = folder.resolve(ref).normalize();
            assertTrue(Files.exists(schema), entry.getKey() + " payload " + ref + " does not resolve to a file");
            assertEquals(message.path("name").asText(),
                    new com.fasterxml.jackson.databind.ObjectMapper().readTree(schema.toFile()).path("title").asText());
            JsonNode headers = message.path("headers");
            assertEquals("object", headers.path("type").asText(), entry.getKey() + " has no headers schema");
            for (String header : List.of(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.ID, CloudEventHeaders.TYPE,
                    CloudEventHeaders.SOURCE, CloudEventHeaders.SUBJECT, CloudEventHeaders.TIME,
                    CloudEventHeaders.CONTENT_TYPE)) {
                assertTrue(headers.path("properties").has(header), entry.getKey() + " lacks header " + header);
            }
            assertEquals(message.path("name").asText(),
                    headers.path("properties").path(CloudEventHeaders.TYPE).path("const").asText());
            JsonNode specVersion = headers.path("properties").path(CloudEventHeaders.SPEC_VERSION).path("const");
            assertTrue(specVersion.isTextual() && specVersion.asText().equals("1.0"), "ce_specversion " + specVersion);
            assertEquals("string", message.path("bindings").path("kafka").path("key").path("type").asText());
        }
        assertEquals(EventCatalogue.all().stream().map(EventType::type).toList(), names);
    }

    @Test
    void everyOperationSendsOnAChannelThatResolves() {
        Map<String, Set<String>> sentBy = new java.util.TreeMap<>();
        for (Map.Entry<String, JsonNode> op : doc.path("operations").properties()) {
            JsonNode operation = op.getValue();
            assertEquals("send", operation.path("action").asText(), op.getKey());
            String channelRef = operation.path("channel").path("$ref").asText();
            JsonNode channel = resolve(operation.path("channel"));
            assertTrue(channel.isObject(), op.getKey() + " channel " + channelRef + " does not resolve");
            for (JsonNode m : operation.path("messages")) {
                String ref = m.path("$ref").asText();
                assertTrue(ref.startsWith(channelRef + "/messages/"), ref + " is not a message of " + channelRef);
                assertTrue(resolve(m).isObject(), ref + " does not resolve");
            }
            String producer = operation.path("tags").path(0).path("name").asText();
            sentBy.computeIfAbsent(producer, p -> new java.util.TreeSet<>()).add(channel.path("address").asText());
        }
        assertEquals(Map.of(
                "case-service", Set.of(Topics.CASE_EVENTS, Topics.PRESENCE_EVENTS, Topics.CUSTODY_NOTICES),
                "notification-service", Set.of(Topics.CONSULAR_EVENTS),
                "reciprocity-service", Set.of(Topics.RECIPROCITY_EVENTS)), sentBy);
    }

    /** Follows a local {@code $ref} (JSON pointer within the document), possibly through another reference. */
    private static JsonNode resolve(JsonNode node) {
        for (int hops = 0; node.has("$ref") && hops < 5; hops++) {
            String ref = node.path("$ref").asText();
            if (!ref.startsWith("#/")) {
                return node;
            }
            node = doc.at(ref.substring(1));
        }
        return node;
    }

    private static Set<String> topicConstants() {
        Set<String> values = new HashSet<>();
        for (Field f : Topics.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                try {
                    values.add((String) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return values;
    }
}
