package id.go.wna.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.contracts.CloudEventHeaders;
import id.go.wna.contracts.EventSchemas;
import id.go.wna.contracts.EventTypes;
import id.go.wna.infra.test.TestEvents;
import id.go.wna.platform.security.PersonRefs;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static id.go.wna.infra.test.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One movement at a time: recorded once, published once, pseudonymously. */
@QuarkusTest
class PresenceMovementTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    PersonRefs personRefs;

    private static Map<String, Object> arrival(String movementId, String number) {
        Map<String, Object> m = new HashMap<>();
        m.put("movementId", movementId);
        m.put("type", "ARRIVAL");
        m.put("occurredAt", Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString());
        m.put("documentIssuingState", "D");
        m.put("documentNumber", number);
        m.put("nationality", "D");
        m.put("sex", "F");
        m.put("birthDate", "1990-04-21");
        m.put("portCode", "DPS");
        m.put("province", "Bali");
        m.put("entryBasis", "VISA_ON_ARRIVAL");
        return m;
    }

    @Test
    void anArrivalPublishesPersonArrivedKeyedByPersonRefWithoutTheDocumentAndPostingItAgainPublishesNothingMore() {
        String number = PersonRegistrationTest.newNumber();
        String movementId = UUID.randomUUID().toString();
        String personRef = personRefs.of("D", number).toString();
        Map<String, Object> body = arrival(movementId, number);

        as("imigrasi-officer").contentType(ContentType.JSON).body(body).when().post("/api/v1/presence/movements")
                .then().statusCode(201)
                .body("id", equalTo(movementId))
                .body("personRef", equalTo(personRef))
                .body("nationality", equalTo("DEU"))
                .body("ageBand", equalTo("35-44"));

        as("imigrasi-officer").contentType(ContentType.JSON).body(body).when().post("/api/v1/presence/movements")
                .then().statusCode(200).body("id", equalTo(movementId));

        List<ConsumerRecord<String, String>> records = PresenceEventsOnTheTopic.withKeys(Set.of(personRef), 1,
                Duration.ofSeconds(3), Duration.ofSeconds(30));
        assertEquals(1, records.size(), "one event for one movement, however often it is posted");
        ConsumerRecord<String, String> r = records.get(0);
        assertEquals(EventTypes.PERSON_ARRIVED, TestEvents.header(r, CloudEventHeaders.TYPE));
        assertEquals("1.0", TestEvents.header(r, CloudEventHeaders.SPEC_VERSION));
        assertEquals("/wna/case-service", TestEvents.header(r, CloudEventHeaders.SOURCE));
        assertEquals(personRef, TestEvents.header(r, CloudEventHeaders.SUBJECT));
        assertTrue(TestEvents.header(r, CloudEventHeaders.ID) != null && TestEvents.header(r, CloudEventHeaders.TIME) != null);
        assertEquals(List.of(), EventSchemas.validate(EventTypes.PERSON_ARRIVED, r.value()));
        JsonNode payload = readTree(r.value());
        assertEquals("DEU", payload.get("nationality").asText());
        assertEquals("DPS", payload.get("portOfEntry").asText());
        assertEquals("VISA_ON_ARRIVAL", payload.get("entryBasis").asText());
        assertFalse(r.value().contains(number), "no document number on the shared topic");
        assertFalse(r.value().contains("1990-04-21"), "no birth date on the shared topic");
    }

    @Test
    void theSameMovementIdWithDifferentContentIsAConflict() {
        String number = PersonRegistrationTest.newNumber();
        String movementId = UUID.randomUUID().toString();
        as("imigrasi-officer").contentType(ContentType.JSON).body(arrival(movementId, number)).when()
                .post("/api/v1/presence/movements").then().statusCode(201);

        Map<String, Object> other = arrival(movementId, number);
        other.put("portCode", "CGK");
        other.put("province", "Banten");
        as("imigrasi-officer").contentType(ContentType.JSON).body(other).when().post("/api/v1/presence/movements")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aMovementMissingWhatItsTypeNeedsIsRefusedNamingEachField() {
        Map<String, Object> permit = arrival(UUID.randomUUID().toString(), PersonRegistrationTest.newNumber());
        permit.put("type", "PERMIT_ISSUED");
        permit.put("nationality", "ZZZ");
        as("imigrasi-officer").contentType(ContentType.JSON).body(permit).when().post("/api/v1/presence/movements")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("nationality", "permitType", "permitId", "validFrom"));

        Map<String, Object> departure = arrival(UUID.randomUUID().toString(), PersonRegistrationTest.newNumber());
        departure.put("type", "DEPARTURE");
        departure.put("occurredAt", "yesterday");
        as("imigrasi-officer").contentType(ContentType.JSON).body(departure).when().post("/api/v1/presence/movements")
                .then().statusCode(400).body("errors.field", hasItems("occurredAt"));
    }

    private static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
