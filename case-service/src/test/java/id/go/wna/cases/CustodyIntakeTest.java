package id.go.wna.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.contracts.CloudEventHeaders;
import id.go.wna.contracts.EventSchemas;
import id.go.wna.contracts.EventTypes;
import id.go.wna.contracts.Topics;
import id.go.wna.infra.test.RealInfrastructure;
import id.go.wna.infra.test.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static id.go.wna.infra.test.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Custody start is the consular trigger: two events, one pseudonymous for all, one with identity for Kemlu only. */
@QuarkusTest
class CustodyIntakeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String registeredAustralian(String number) {
        return as("imigrasi-officer").contentType(ContentType.JSON)
                .body(Map.of("mrz", PersonRegistrationTest.mrz("AUS", "BROWN", "LIAM", number, "950320", 'M', "300320"),
                        "birthPlace", "Brisbane", "languages", List.of("en"),
                        "stayPermit", Map.of("type", "ITK", "validFrom", "2026-10-01", "validUntil", "2026-11-29")))
                .when().post("/api/v1/persons").then().statusCode(201).extract().path("id");
    }

    private static String openCase(String personId) {
        return as("imigrasi-officer").contentType(ContentType.JSON)
                .body(Map.of("kind", "IMMIGRATION_CRIME", "nationality", "AUS", "province", "Bali", "personId", personId))
                .when().post("/api/v1/cases").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> custody(Instant startedAt) {
        return Map.of("custodyType", "IMMIGRATION_DETENTION", "facilityType", "RUDENIM", "facilityCode", "RUDENIM-DENPASAR",
                "facilityName", "Rudenim Denpasar", "province", "Bali", "arrestingAuthority", "IMIGRASI",
                "arrestPlace", "Kuta", "startedAt", startedAt.toString(),
                "charges", List.of(Map.of("statute", "UU 6/2011", "article", "122 a", "description", "misuse of stay permit")),
                "interpreterNeeded", false);
    }

    @Test
    void startingCustodyPublishesAPseudonymousCustodyStartedAndARestrictedNoticeWithTheIdentity() throws Exception {
        String number = PersonRegistrationTest.newNumber();
        String caseId = openCase(registeredAustralian(number));

        as("imigrasi-officer").contentType(ContentType.JSON).body(custody(Instant.now().minus(2, ChronoUnit.HOURS)))
                .when().post("/api/v1/cases/" + caseId + "/custody").then().statusCode(201)
                .body("facilityType", equalTo("RUDENIM"));

        ConsumerRecord<String, String> started = TestEvents.find(RealInfrastructure.kafkaClient(), Topics.CASE_EVENTS,
                r -> caseId.equals(r.key()) && EventTypes.CUSTODY_STARTED.equals(TestEvents.header(r, CloudEventHeaders.TYPE)),
                Duration.ofSeconds(20)).orElseThrow(() -> new AssertionError("no CustodyStarted for " + caseId));
        assertEquals(List.of(), EventSchemas.validate(EventTypes.CUSTODY_STARTED, started.value()));
        JsonNode payload = JSON.readTree(started.value());
        assertEquals("AUS", payload.get("nationality").asText());
        assertEquals("25-34", payload.get("ageBand").asText());
        assertEquals("IMMIGRATION_DETENTION", payload.get("custodyType").asText());
        assertFalse(started.value().contains("BROWN"), "no name on the shared topic");
        assertFalse(started.value().contains(number), "no document number on the shared topic");

        ConsumerRecord<String, String> notice = TestEvents.find(RealInfrastructure.kafkaClient(), Topics.CUSTODY_NOTICES,
                r -> caseId.equals(r.key()), Duration.ofSeconds(20)).orElseThrow(() -> new AssertionError("no custody notice"));
        assertEquals(EventTypes.CUSTODY_NOTICE_ISSUED, TestEvents.header(notice, CloudEventHeaders.TYPE));
        assertEquals(List.of(), EventSchemas.validate(EventTypes.CUSTODY_NOTICE_ISSUED, notice.value()));
        assertTrue(notice.value().contains("BROWN") && notice.value().contains(number), "the consulate learns who");
        assertTrue(notice.value().contains("122 a"), "and why");
    }

    @Test
    void aPersonAlreadyInCustodyCannotStartASecondCustody() {
        String caseId = openCase(registeredAustralian(PersonRegistrationTest.newNumber()));
        Instant start = Instant.now().minus(1, ChronoUnit.DAYS);
        as("imigrasi-officer").contentType(ContentType.JSON).body(custody(start))
                .when().post("/api/v1/cases/" + caseId + "/custody").then().statusCode(201);

        as("imigrasi-officer").contentType(ContentType.JSON).body(custody(start.plus(1, ChronoUnit.HOURS)))
                .when().post("/api/v1/cases/" + caseId + "/custody").then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void aTransferAndTheEndOfCustodyArePublishedAndAnEndedCustodyCannotChangeAgain() throws Exception {
        String caseId = openCase(registeredAustralian(PersonRegistrationTest.newNumber()));
        Instant start = Instant.now().minus(3, ChronoUnit.DAYS);
        String custodyId = as("imigrasi-officer").contentType(ContentType.JSON).body(custody(start))
                .when().post("/api/v1/cases/" + caseId + "/custody").then().statusCode(201).extract().path("id");
        String base = "/api/v1/cases/" + caseId + "/custody/" + custodyId;

        as("imigrasi-officer").contentType(ContentType.JSON)
                .body(Map.of("facilityType", "LAPAS", "facilityName", "Lapas Kerobokan", "province", "Bali",
                        "reason", "COURT_PROCEEDINGS", "transferredAt", start.minus(1, ChronoUnit.HOURS).toString()))
                .when().post(base + "/transfer").then().statusCode(422).body("errors[0].field", equalTo("transferredAt"));
        as("imigrasi-officer").contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("facilityType", "LAPAS", "facilityName", "Lapas Kerobokan", "province", "Bali",
                        "reason", "COURT_PROCEEDINGS", "transferredAt", start.plus(1, ChronoUnit.DAYS).toString()))
                .when().post(base + "/transfer").then().statusCode(200).body("facilityType", equalTo("LAPAS"))
                .body("version", equalTo(1));
        // An officer who read the custody before the move cannot end it on that stale reading.
        as("imigrasi-officer").contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("reason", "RELEASED", "endedAt", start.plus(2, ChronoUnit.DAYS).toString()))
                .when().post(base + "/end").then().statusCode(412);
        as("imigrasi-officer").contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("reason", "DEPORTED", "endedAt", start.plus(3, ChronoUnit.DAYS).minus(1, ChronoUnit.MINUTES).toString()))
                .when().post(base + "/end").then().statusCode(200).body("endReason", equalTo("DEPORTED"));
        as("imigrasi-officer").contentType(ContentType.JSON)
                .body(Map.of("reason", "RELEASED", "endedAt", Instant.now().toString()))
                .when().post(base + "/end").then().statusCode(409);

        ConsumerRecord<String, String> moved = TestEvents.find(RealInfrastructure.kafkaClient(), Topics.CASE_EVENTS,
                r -> caseId.equals(r.key()) && EventTypes.CUSTODY_TRANSFERRED.equals(TestEvents.header(r, CloudEventHeaders.TYPE)),
                Duration.ofSeconds(20)).orElseThrow(() -> new AssertionError("no CustodyTransferred"));
        assertEquals(List.of(), EventSchemas.validate(EventTypes.CUSTODY_TRANSFERRED, moved.value()));
        assertEquals("LAPAS", JSON.readTree(moved.value()).get("toFacilityType").asText());
        ConsumerRecord<String, String> ended = TestEvents.find(RealInfrastructure.kafkaClient(), Topics.CASE_EVENTS,
                r -> caseId.equals(r.key()) && EventTypes.CUSTODY_ENDED.equals(TestEvents.header(r, CloudEventHeaders.TYPE)),
                Duration.ofSeconds(20)).orElseThrow(() -> new AssertionError("no CustodyEnded"));
        assertEquals(List.of(), EventSchemas.validate(EventTypes.CUSTODY_ENDED, ended.value()));
        JsonNode end = JSON.readTree(ended.value());
        assertEquals("DEPORTED", end.get("endReason").asText());
        assertEquals(2, end.get("daysInCustody").asInt(), "derived from the recorded times, never typed in");

        // Custody over, the person may be detained again.
        as("imigrasi-officer").contentType(ContentType.JSON).body(custody(Instant.now().minus(1, ChronoUnit.MINUTES)))
                .when().post("/api/v1/cases/" + caseId + "/custody").then().statusCode(201);
    }

    @Test
    void custodyOfAnotherCaseIsNotFoundThroughThisOne() {
        String caseA = openCase(registeredAustralian(PersonRegistrationTest.newNumber()));
        String caseB = openCase(registeredAustralian(PersonRegistrationTest.newNumber()));
        String custodyOfA = as("imigrasi-officer").contentType(ContentType.JSON).body(custody(Instant.now().minus(1, ChronoUnit.HOURS)))
                .when().post("/api/v1/cases/" + caseA + "/custody").then().statusCode(201).extract().path("id");
        as("imigrasi-officer").contentType(ContentType.JSON).body(Map.of("reason", "RELEASED", "endedAt", Instant.now().toString()))
                .when().post("/api/v1/cases/" + caseB + "/custody/" + custodyOfA + "/end").then().statusCode(404);
    }

    @Test
    void custodyOnACaseWithoutARegisteredPersonIsA422() {
        String caseId = as("imigrasi-officer").contentType(ContentType.JSON)
                .body(Map.of("kind", "CRIMINAL", "nationality", "GBR", "province", "Bali"))
                .when().post("/api/v1/cases").then().statusCode(201).extract().path("id");
        as("imigrasi-officer").contentType(ContentType.JSON).body(custody(Instant.now().minus(1, ChronoUnit.HOURS)))
                .when().post("/api/v1/cases/" + caseId + "/custody").then().statusCode(422)
                .body("errors[0].field", equalTo("personId"));
    }
}
