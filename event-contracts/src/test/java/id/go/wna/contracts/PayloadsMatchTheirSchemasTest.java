package id.go.wna.contracts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.wna.contracts.EventCatalogue.EventType;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/** What a service serialises from a payload record is valid against the published schema, and reads back equal. */
class PayloadsMatchTheirSchemasTest {

    @TestFactory
    Stream<DynamicTest> aFullySetPayloadIsValidAndRoundTrips() {
        return EventCatalogue.all().stream().map(type -> dynamicTest(type.type(), () -> {
            Record sample = SampleEvents.sample(type.payload(), true);
            String json = SampleEvents.json(sample);
            assertEquals(List.of(), EventSchemas.validate(type.type(), json), json);
            assertEquals(sample, SampleEvents.JSON.readValue(json, type.payload()));
        }));
    }

    @TestFactory
    Stream<DynamicTest> aPayloadWithoutItsOptionalFieldsIsValid() {
        return EventCatalogue.all().stream().map(type -> dynamicTest(type.type(), () -> {
            Record sample = SampleEvents.sample(type.payload(), false);
            String withNulls = SampleEvents.json(sample);
            assertEquals(List.of(), EventSchemas.validate(type.type(), withNulls), withNulls);
            ObjectNode absent = (ObjectNode) SampleEvents.JSON.readTree(withNulls);
            List<String> nulls = absent.properties().stream()
                    .filter(e -> e.getValue().isNull()).map(Map.Entry::getKey).toList();
            absent.remove(nulls);
            String withoutNulls = absent.toString();
            assertEquals(List.of(), EventSchemas.validate(type.type(), withoutNulls), withoutNulls);
            assertEquals(sample, SampleEvents.JSON.readValue(withoutNulls, type.payload()));
        }));
    }

    @TestFactory
    Stream<DynamicTest> readersToleratePropertiesTheyDoNotKnow() {
        return EventCatalogue.all().stream().map((EventType type) -> dynamicTest(type.type(), () -> {
            Record sample = SampleEvents.sample(type.payload(), true);
            ObjectNode node = SampleEvents.JSON.valueToTree(sample);
            node.put("addedInALaterMinorVersion", "x");
            assertEquals(List.of(), EventSchemas.validate(type.type(), node.toString()));
            assertEquals(sample, SampleEvents.JSON.readValue(node.toString(), type.payload()));
        }));
    }
}
