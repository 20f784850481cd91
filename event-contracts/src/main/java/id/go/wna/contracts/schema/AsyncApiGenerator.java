package id.go.wna.contracts.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import id.go.wna.contracts.CloudEventHeaders;
import id.go.wna.contracts.EventCatalogue;
import id.go.wna.contracts.EventCatalogue.EventType;
import id.go.wna.contracts.EventCatalogue.Topic;
import id.go.wna.contracts.Topics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Generates the AsyncAPI 3.0.0 document of the whole platform ({@code asyncapi/wna-asyncapi.yaml}) from the
 * {@link EventCatalogue}: one channel per topic, one message per event type (payload: a relative {@code $ref} to the
 * type's JSON Schema, headers: the CloudEvents binary-mode headers, Kafka key binding), one {@code send} operation per
 * producing service and topic. Kept in step by {@code AsyncApiIsInStepTest}.
 */
public final class AsyncApiGenerator {

    /** The classpath resource of the document. */
    public static final String RESOURCE = "asyncapi/wna-asyncapi.yaml";
    /** The version of the contracts the document describes. */
    public static final String VERSION = "0.1.0";

    private static final String KAFKA_BINDING_VERSION = "0.5.0";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AsyncApiGenerator() {
    }

    /** The channel id of a topic, e.g. {@code caseEvents} for {@code wna.case-events.v1}. */
    public static String channelId(String topic) {
        String[] parts = topic.split("\\.");
        String middle = parts.length >= 3 ? parts[1] : topic;
        StringBuilder id = new StringBuilder();
        boolean upper = false;
        for (char c : middle.toCharArray()) {
            if (c == '-' || c == '_') {
                upper = true;
            } else {
                id.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return id.toString();
    }

    /** The message id of an event type, e.g. {@code CaseOpened}. */
    public static String messageId(EventType type) {
        return type.name();
    }

    /** The document as a tree. */
    public static ObjectNode document() {
        ObjectNode doc = NODES.objectNode();
        doc.put("asyncapi", "3.0.0");
        doc.put("id", "urn:id:go:wna:events");
        info(doc.putObject("info"));
        doc.put("defaultContentType", "application/json");
        servers(doc.putObject("servers"));
        ObjectNode channels = doc.putObject("channels");
        ObjectNode operations = doc.putObject("operations");
        ObjectNode messages = doc.putObject("components").putObject("messages");
        for (Topic topic : EventCatalogue.topics()) {
            String channelId = channelId(topic.name());
            ObjectNode channel = channels.putObject(channelId);
            channel.put("address", topic.name());
            channel.put("description", topic.carries() + "\n\nKey: " + topic.key() + ". Producer: "
                    + topic.producer() + ". Who may read: " + topic.readers() + ".");
            ObjectNode channelMessages = channel.putObject("messages");
            ObjectNode operation = operations.putObject(operationId(topic));
            operation.put("action", "send");
            operation.putObject("channel").put("$ref", "#/channels/" + channelId);
            operation.put("title", topic.producer() + " publishes on " + topic.name());
            operation.put("summary", "Written only by " + topic.producer()
                    + " (transactional outbox: an event is published once its change commits, in order per key).");
            operation.putArray("tags").addObject().put("name", topic.producer());
            ArrayNode operationMessages = operation.putArray("messages");
            for (EventType type : EventCatalogue.onTopic(topic.name())) {
                String messageId = messageId(type);
                channelMessages.putObject(messageId).put("$ref", "#/components/messages/" + messageId);
                operationMessages.addObject().put("$ref", "#/channels/" + channelId + "/messages/" + messageId);
                messages.set(messageId, message(type, topic));
            }
            ObjectNode binding = channel.putObject("bindings").putObject("kafka");
            binding.put("topic", topic.name());
            binding.put("bindingVersion", KAFKA_BINDING_VERSION);
        }
        return doc;
    }

    /** The document as YAML text, ending with a newline. */
    public static String render() {
        YAMLMapper yaml = new YAMLMapper(YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .disable(YAMLGenerator.Feature.SPLIT_LINES)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .build());
        try {
            String text = "# GENERATED from id.go.wna.contracts.EventCatalogue by "
                    + AsyncApiGenerator.class.getName() + ": do not edit by hand.\n"
                    + "# Regenerate: ./mvnw -pl event-contracts test -Dcontracts.write-schemas=true\n"
                    + yaml.writeValueAsString(document());
            return text.replace("\r\n", "\n");
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the document below a resources folder.
     *
     * @param args the resources folder; default {@code src/main/resources} (run from the module folder)
     */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "src/main/resources").resolve(RESOURCE);
        Files.createDirectories(target.getParent());
        Files.writeString(target, render(), StandardCharsets.UTF_8);
    }

    private static String operationId(Topic topic) {
        String channel = channelId(topic.name());
        return "send" + Character.toUpperCase(channel.charAt(0)) + channel.substring(1);
    }

    private static void info(ObjectNode info) {
        info.put("title", "WNA event streams (Kemlu–Imigrasi foreign-national case platform)");
        info.put("version", VERSION);
        info.put("description", """
                The Kafka topics through which Indonesia's Ministry of Foreign Affairs (Kemlu, Direktorat Konsuler) \
                and the Directorate General of Immigration (Imigrasi) share cases of foreign nationals (WNA) with \
                each other and with partner agencies (Polri, Kejaksaan, Ditjen Pemasyarakatan, TIMPORA and others).

                Every record is a CloudEvents 1.0 event in Kafka binary mode: the attributes travel as `ce_*` headers, \
                the value is the JSON payload described by the message's schema. `ce_id` is unique per event: \
                deduplicate on it, delivery is at least once. Events of one key arrive in order.

                Evolution: a version only ever gains optional fields; a breaking change is a new event type \
                (`.v2`) or a new topic version. Ignore fields you do not know and treat unknown enumerated values as \
                "other".

                Personal data (UU 27/2022): the shared topics are pseudonymous (a `personRef`, nationality, sex, age \
                band, province; never names, document numbers or birth dates). `wna.custody-notices.v1` carries the \
                identity a consular notification needs and may be read by notification-service only.""");
        ObjectNode contact = info.putObject("contact");
        contact.put("name", "WNA platform team, Direktorat Konsuler (Kemlu) and Direktorat Kerja Sama Keimigrasian "
                + "(Imigrasi)");
        contact.put("url", "https://kemlu.go.id");
        ArrayNode tags = info.putArray("tags");
        Set<String> producers = new LinkedHashSet<>();
        EventCatalogue.topics().forEach(t -> producers.add(t.producer()));
        producers.forEach(p -> tags.addObject().put("name", p).put("description", "Produced by " + p + "."));
    }

    private static void servers(ObjectNode servers) {
        ObjectNode production = servers.putObject("production");
        production.put("host", "{bootstrapServer}");
        production.put("protocol", "kafka");
        production.put("description", "The production Kafka cluster. The bootstrap address, credentials and the "
                + "topics an agency may read are given to each partner agency when it is connected.");
        production.putObject("variables").putObject("bootstrapServer")
                .put("description", "host:port of a bootstrap broker, given on onboarding.");
        ObjectNode local = servers.putObject("local");
        local.put("host", "localhost:9092");
        local.put("protocol", "kafka");
        local.put("description", "The broker that `./wna up` starts on a developer's machine.");
    }

    private static ObjectNode message(EventType type, Topic topic) {
        ObjectNode message = NODES.objectNode();
        message.put("name", type.type());
        message.put("title", type.name());
        message.put("summary", type.description());
        message.put("contentType", "application/json");
        message.set("headers", headers(type, topic));
        message.putObject("payload").put("$ref", "../" + type.schemaResource());
        ObjectNode kafka = message.putObject("bindings").putObject("kafka");
        ObjectNode key = kafka.putObject("key");
        key.put("type", "string");
        if (Topics.RECIPROCITY_EVENTS.equals(type.topic())) {
            key.put("pattern", "^[A-Z]{3}$");
        } else {
            key.put("format", "uuid");
        }
        key.put("description", "The record key: " + type.keyDescription() + ".");
        kafka.put("bindingVersion", KAFKA_BINDING_VERSION);
        message.put("x-pseudonymous", type.pseudonymous());
        return message;
    }

    private static ObjectNode headers(EventType type, Topic topic) {
        ObjectNode headers = NODES.objectNode();
        headers.put("type", "object");
        headers.put("description", "CloudEvents 1.0 Kafka protocol binding, binary mode (UTF-8 header values).");
        ObjectNode properties = headers.putObject("properties");
        properties.putObject(CloudEventHeaders.SPEC_VERSION).put("type", "string").put("const", "1.0")
                .put("description", "CloudEvents spec version.");
        properties.putObject(CloudEventHeaders.ID).put("type", "string").put("format", "uuid")
                .put("description", "Unique id of the event (the producer's outbox row id): consumers deduplicate "
                        + "on it.");
        properties.putObject(CloudEventHeaders.TYPE).put("type", "string").put("const", type.type())
                .put("description", "The event type.");
        properties.putObject(CloudEventHeaders.SOURCE).put("type", "string").put("const", "/wna/" + topic.producer())
                .put("description", "The producing service.");
        properties.putObject(CloudEventHeaders.SUBJECT).put("type", "string")
                .put("description", "The aggregate the event is about; equals the record key: "
                        + type.keyDescription() + ".");
        properties.putObject(CloudEventHeaders.TIME).put("type", "string").put("format", "date-time")
                .put("description", "When the event was recorded with its change (RFC 3339, UTC).");
        properties.putObject(CloudEventHeaders.CONTENT_TYPE).put("type", "string").put("const", "application/json")
                .put("description", "Content type of the record value.");
        ArrayNode required = headers.putArray("required");
        properties.properties().forEach(p -> required.add(p.getKey()));
        return headers;
    }
}
