package id.go.wna.contracts;

import id.go.wna.contracts.EventCatalogue.EventType;
import id.go.wna.contracts.cases.CaseOpened;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventCatalogueTest {

    private static final Map<String, String> PACKAGE_OF_TOPIC = Map.of(
            Topics.CASE_EVENTS, "id.go.wna.contracts.cases",
            Topics.PRESENCE_EVENTS, "id.go.wna.contracts.presence",
            Topics.CUSTODY_NOTICES, "id.go.wna.contracts.custody",
            Topics.CONSULAR_EVENTS, "id.go.wna.contracts.consular",
            Topics.RECIPROCITY_EVENTS, "id.go.wna.contracts.reciprocity");

    @Test
    void everyEventTypesConstantIsCataloguedExactlyOnce() {
        Set<String> constants = constants(EventTypes.class);
        List<String> catalogued = EventCatalogue.all().stream().map(EventType::type).toList();
        assertEquals(catalogued.size(), new HashSet<>(catalogued).size(), "duplicate types: " + catalogued);
        assertEquals(constants, new HashSet<>(catalogued));
        assertEquals(33, catalogued.size());
    }

    @Test
    void everyTypeIsNamedAfterItsRecordAndLivesInItsTopicsPackage() {
        for (EventType type : EventCatalogue.all()) {
            assertEquals(type.payload().getSimpleName() + ".v1", type.type());
            assertTrue(type.type().matches("[A-Z][A-Za-z]+\\.v[0-9]+"), type.type());
            assertEquals(PACKAGE_OF_TOPIC.get(type.topic()), type.payload().getPackageName(), type.type());
            assertEquals("schemas/" + type.type() + ".json", type.schemaResource());
            assertFalse(type.description().isBlank(), type.type() + " has no description");
        }
    }

    @Test
    void everyTopicIsDescribedAndCarriesEvents() {
        Set<String> topics = constants(Topics.class);
        assertEquals(topics, EventCatalogue.topics().stream().map(EventCatalogue.Topic::name)
                .collect(Collectors.toSet()));
        for (String topic : topics) {
            assertFalse(EventCatalogue.onTopic(topic).isEmpty(), topic);
        }
        assertEquals(12, EventCatalogue.onTopic(Topics.CASE_EVENTS).size());
        assertEquals(4, EventCatalogue.onTopic(Topics.PRESENCE_EVENTS).size());
        assertEquals(4, EventCatalogue.onTopic(Topics.CUSTODY_NOTICES).size());
        assertEquals(11, EventCatalogue.onTopic(Topics.CONSULAR_EVENTS).size());
        assertEquals(2, EventCatalogue.onTopic(Topics.RECIPROCITY_EVENTS).size());
        assertTrue(EventCatalogue.onTopic("nobody.reads-this.v1").isEmpty());
    }

    @Test
    void typesAreFoundByTheirCloudEventsType() {
        EventType opened = EventCatalogue.byType(EventTypes.CASE_OPENED).orElseThrow();
        assertEquals(CaseOpened.class, opened.payload());
        assertEquals(Topics.CASE_EVENTS, opened.topic());
        assertTrue(opened.keyDescription().startsWith("caseId"));
        assertTrue(EventCatalogue.byType("CaseOpened").isEmpty());
        assertTrue(EventCatalogue.byType(null).isEmpty());
    }

    @Test
    void caseOpenedKeepsTheShapeOtherModulesConstruct() {
        List<String> components = Arrays.stream(CaseOpened.class.getRecordComponents())
                .map(c -> c.getType().getSimpleName() + " " + c.getName()).toList();
        assertEquals(List.of("UUID caseId", "String kind", "String status", "String nationality", "String province",
                "Instant openedAt", "String caseNumber", "String provinceCode"), components);
    }

    @Test
    void optionalFieldsAreNeverPrimitive() {
        for (EventType type : EventCatalogue.all()) {
            checkOptionals(type.payload());
        }
    }

    private static void checkOptionals(Class<?> record) {
        for (RecordComponent c : record.getRecordComponents()) {
            if (c.isAnnotationPresent(OptionalField.class)) {
                assertFalse(c.getType().isPrimitive(), record.getSimpleName() + "." + c.getName());
            }
            if (c.getType().isRecord()) {
                checkOptionals(c.getType());
            }
        }
    }

    private static Set<String> constants(Class<?> holder) {
        Set<String> values = new HashSet<>();
        for (Field f : holder.getFields()) {
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
