package id.go.wna.contracts.schema;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.wna.contracts.AllowedValues;
import id.go.wna.contracts.EventCatalogue;
import id.go.wna.contracts.EventCatalogue.EventType;
import id.go.wna.contracts.OptionalField;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Generates the JSON Schema (draft 2020-12) of every event payload from its Java record, by reflection over the
 * record components, in component order:
 * <ul>
 *   <li>{@code String} → string; {@code UUID} → string/uuid; {@code Instant} → string/date-time;
 *       {@code LocalDate} → string/date; integral types → integer; {@code double}, {@code Double},
 *       {@code BigDecimal} → number; {@code boolean} → boolean; {@code List<X>} → array of X; a nested record →
 *       object with its own properties; a Java enum → string enum;</li>
 *   <li>{@link AllowedValues} → {@code enum}; {@link JsonPropertyDescription} → {@code description};
 *       {@link JsonClassDescription} → the description of the event (or of a nested record);</li>
 *   <li>{@link OptionalField} → not required and {@code null} allowed; every other component is required and never
 *       {@code null};</li>
 *   <li>{@code additionalProperties: true} at every level: readers ignore fields they do not know.</li>
 * </ul>
 * The committed files under {@code src/main/resources/schemas} are kept in step by {@code
 * SchemasAreInStepWithRecordsTest}; {@link #main} writes them too.
 */
public final class SchemaGenerator {

    /** The JSON Schema dialect of every generated schema. */
    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    /** The base of every schema's {@code $id}. */
    public static final String ID_BASE = "https://wna.go.id/schemas/";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SchemaGenerator() {
    }

    /** The schema of an event type's payload. */
    public static ObjectNode schemaOf(EventType type) {
        ObjectNode schema = NODES.objectNode();
        schema.put("$schema", DIALECT);
        schema.put("$id", ID_BASE + type.type() + ".json");
        schema.put("title", type.type());
        String description = type.description();
        if (description.isEmpty()) {
            throw new IllegalStateException(type.payload().getName() + " has no @JsonClassDescription");
        }
        schema.put("description", description);
        objectBody(schema, type.payload(), false);
        return schema;
    }

    /** The schema of an event type as the text of its file. */
    public static String render(EventType type) {
        return JsonText.pretty(schemaOf(type));
    }

    /** Every schema file: its classpath resource name (e.g. {@code schemas/CaseOpened.v1.json}) and its text. */
    public static Map<String, String> renderAll() {
        Map<String, String> files = new LinkedHashMap<>();
        for (EventType type : EventCatalogue.all()) {
            files.put(type.schemaResource(), render(type));
        }
        return files;
    }

    /**
     * Writes every schema below a resources folder.
     *
     * @param args the resources folder; default {@code src/main/resources} (run from the module folder)
     */
    public static void main(String[] args) throws IOException {
        Path resources = Path.of(args.length > 0 ? args[0] : "src/main/resources");
        for (Map.Entry<String, String> file : renderAll().entrySet()) {
            Path target = resources.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
        }
    }

    private static void objectBody(ObjectNode node, Class<?> record, boolean nullable) {
        if (!record.isRecord()) {
            throw new IllegalArgumentException(record.getName() + " is not a record");
        }
        node.set("type", type("object", nullable));
        ObjectNode properties = node.putObject("properties");
        List<String> required = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            boolean optional = annotation(component, OptionalField.class) != null;
            if (optional && component.getType().isPrimitive()) {
                throw new IllegalArgumentException(where(component) + " is @OptionalField but primitive: use the "
                        + "boxed type");
            }
            if (!optional) {
                required.add(component.getName());
            }
            properties.set(component.getName(), property(component, optional));
        }
        ArrayNode requiredNode = node.putArray("required");
        required.forEach(requiredNode::add);
        node.put("additionalProperties", true);
    }

    private static ObjectNode property(RecordComponent component, boolean optional) {
        JsonPropertyDescription description = annotation(component, JsonPropertyDescription.class);
        if (description == null || description.value().isBlank()) {
            throw new IllegalArgumentException(where(component) + " has no @JsonPropertyDescription");
        }
        AllowedValues allowed = annotation(component, AllowedValues.class);
        ObjectNode node = NODES.objectNode();
        Class<?> raw = component.getType();
        if (List.class.equals(raw)) {
            node.set("type", type("array", optional));
            Type element = elementType(component);
            ObjectNode items = NODES.objectNode();
            if (element instanceof Class<?> c && c.isRecord()) {
                if (allowed != null) {
                    throw new IllegalArgumentException(where(component) + ": @AllowedValues needs String elements");
                }
                describeRecord(items, c);
                objectBody(items, c, false);
            } else if (element instanceof Class<?> c) {
                scalar(items, c, allowed, false, component);
            } else {
                throw new IllegalArgumentException(where(component) + ": unsupported list element " + element);
            }
            node.set("items", reorder(items));
        } else if (raw.isRecord()) {
            if (allowed != null) {
                throw new IllegalArgumentException(where(component) + ": @AllowedValues needs a String");
            }
            objectBody(node, raw, optional);
        } else {
            scalar(node, raw, allowed, optional, component);
        }
        node.put("description", description.value());
        return reorder(node);
    }

    /** Puts "type" first, then "description", then the rest, whatever order they were added in. */
    private static ObjectNode reorder(ObjectNode node) {
        ObjectNode ordered = NODES.objectNode();
        if (node.has("type")) {
            ordered.set("type", node.get("type"));
        }
        if (node.has("description")) {
            ordered.set("description", node.get("description"));
        }
        node.properties().forEach(e -> {
            if (!ordered.has(e.getKey())) {
                ordered.set(e.getKey(), e.getValue());
            }
        });
        return ordered;
    }

    private static void describeRecord(ObjectNode node, Class<?> record) {
        JsonClassDescription d = record.getAnnotation(JsonClassDescription.class);
        if (d == null || d.value().isBlank()) {
            throw new IllegalArgumentException(record.getName() + " has no @JsonClassDescription");
        }
        node.put("description", d.value());
    }

    private static void scalar(ObjectNode node, Class<?> type, AllowedValues allowed, boolean nullable,
                               RecordComponent component) {
        if (allowed != null && !String.class.equals(type)) {
            throw new IllegalArgumentException(where(component) + ": @AllowedValues needs a String");
        }
        if (String.class.equals(type)) {
            node.set("type", type("string", nullable));
            if (allowed != null) {
                enumeration(node, List.of(allowed.value()), nullable);
            }
        } else if (UUID.class.equals(type)) {
            node.set("type", type("string", nullable));
            node.put("format", "uuid");
        } else if (Instant.class.equals(type)) {
            node.set("type", type("string", nullable));
            node.put("format", "date-time");
        } else if (LocalDate.class.equals(type)) {
            node.set("type", type("string", nullable));
            node.put("format", "date");
        } else if (type == int.class || type == long.class || type == short.class || Integer.class.equals(type)
                || Long.class.equals(type) || Short.class.equals(type)) {
            node.set("type", type("integer", nullable));
        } else if (type == double.class || type == float.class || Double.class.equals(type)
                || Float.class.equals(type) || BigDecimal.class.equals(type)) {
            node.set("type", type("number", nullable));
        } else if (type == boolean.class || Boolean.class.equals(type)) {
            node.set("type", type("boolean", nullable));
        } else if (type.isEnum()) {
            node.set("type", type("string", nullable));
            List<String> names = new ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                names.add(((Enum<?>) constant).name());
            }
            enumeration(node, names, nullable);
        } else {
            throw new IllegalArgumentException(where(component) + ": unsupported type " + type.getName());
        }
    }

    private static void enumeration(ObjectNode node, List<String> values, boolean nullable) {
        ArrayNode array = node.putArray("enum");
        values.forEach(array::add);
        if (nullable) {
            array.addNull();
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode type(String name, boolean nullable) {
        if (!nullable) {
            return NODES.textNode(name);
        }
        return NODES.arrayNode().add(name).add("null");
    }

    private static Type elementType(RecordComponent component) {
        if (component.getGenericType() instanceof ParameterizedType p && p.getActualTypeArguments().length == 1) {
            return p.getActualTypeArguments()[0];
        }
        throw new IllegalArgumentException(where(component) + ": a List needs its element type");
    }

    /** A component's annotation, wherever Java put it (component, accessor or field, depending on its target). */
    static <A extends Annotation> A annotation(RecordComponent component, Class<A> type) {
        A a = component.getAnnotation(type);
        if (a == null) {
            a = component.getAccessor().getAnnotation(type);
        }
        if (a == null) {
            try {
                AnnotatedElement field = component.getDeclaringRecord().getDeclaredField(component.getName());
                a = field.getAnnotation(type);
            } catch (NoSuchFieldException e) {
                // records always have the field
            }
        }
        return a;
    }

    private static String where(RecordComponent component) {
        return component.getDeclaringRecord().getName() + "." + component.getName();
    }
}
