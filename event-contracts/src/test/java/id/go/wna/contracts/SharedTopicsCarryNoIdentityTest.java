package id.go.wna.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.contracts.EventCatalogue.EventType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * UU 27/2022 and docs/security.md: the shared topics are pseudonymous. Full identity travels only on
 * {@code wna.custody-notices.v1}, to notification-service.
 */
class SharedTopicsCarryNoIdentityTest {

    /** The topics any service or partner agency may read. */
    private static final List<String> SHARED_TOPICS = List.of(Topics.CASE_EVENTS, Topics.PRESENCE_EVENTS,
            Topics.CONSULAR_EVENTS, Topics.RECIPROCITY_EVENTS);

    /** Fragments of property names that point at a direct identifier (compared case-insensitively). */
    private static final List<String> IDENTITY_FRAGMENTS = List.of("name", "givenname", "surname", "familyname",
            "fullname", "mrz", "passport", "documentnumber", "birthdate", "dateofbirth", "birthplace", "address",
            "phone", "email", "unhcr");

    /**
     * Property names reviewed and found not to identify anyone although they contain a fragment. Add here only after
     * review (e.g. a "typeName" naming a category would qualify).
     */
    private static final Set<String> REVIEWED_AS_NOT_IDENTIFYING = Set.of();

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void sharedTopicsCarryNoIdentityFields() throws IOException {
        List<String> found = new ArrayList<>();
        for (String topic : SHARED_TOPICS) {
            List<EventType> types = EventCatalogue.onTopic(topic);
            assertFalse(types.isEmpty(), topic);
            for (EventType type : types) {
                identityProperties(schema(type), "$").forEach(p -> found.add(type.type() + " " + p));
            }
        }
        assertEquals(List.of(), found, "identity fields on a shared (pseudonymous) topic");
    }

    @Test
    void everyTypeOnASharedTopicIsDeclaredPseudonymous() {
        for (EventType type : EventCatalogue.all()) {
            assertEquals(SHARED_TOPICS.contains(type.topic()), type.pseudonymous(), type.type());
        }
    }

    @Test
    void theCheckFindsTheIdentityOfTheRestrictedCustodyNotices() throws IOException {
        EventType notice = EventCatalogue.byType(EventTypes.CUSTODY_NOTICE_ISSUED).orElseThrow();
        List<String> found = identityProperties(schema(notice), "$");
        for (String expected : List.of("$.person.surname", "$.person.givenNames", "$.person.mrzName",
                "$.person.birthDate", "$.person.birthPlace", "$.vulnerability.unhcrNumber",
                "$.placeOfDetention.name", "$.placeOfDetention.address")) {
            assertTrue(found.contains(expected), expected + " not detected in " + found);
        }
        EventType death = EventCatalogue.byType(EventTypes.DEATH_NOTICE_ISSUED).orElseThrow();
        assertTrue(identityProperties(schema(death), "$").contains("$.nextOfKin[].name"));
    }

    /** Property paths, at any depth (objects and array items), whose name looks like an identifier. */
    private static List<String> identityProperties(JsonNode schema, String path) {
        List<String> found = new ArrayList<>();
        JsonNode properties = schema.get("properties");
        if (properties != null) {
            for (Map.Entry<String, JsonNode> property : properties.properties()) {
                String name = property.getKey();
                String lower = name.toLowerCase(Locale.ROOT);
                String at = path + "." + name;
                if (!REVIEWED_AS_NOT_IDENTIFYING.contains(name)
                        && IDENTITY_FRAGMENTS.stream().anyMatch(lower::contains)) {
                    found.add(at);
                }
                found.addAll(identityProperties(property.getValue(), at));
            }
        }
        JsonNode items = schema.get("items");
        if (items != null) {
            found.addAll(identityProperties(items, path + "[]"));
        }
        return found;
    }

    private static JsonNode schema(EventType type) throws IOException {
        try (InputStream in = SharedTopicsCarryNoIdentityTest.class.getClassLoader()
                .getResourceAsStream(type.schemaResource())) {
            assertTrue(in != null, type.schemaResource() + " missing");
            return JSON.readTree(in);
        }
    }
}
