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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static id.go.wna.infra.test.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The other consular triggers of VCCR Art. 37: a death, a guardianship need, a wreck or crash. */
@QuarkusTest
class Article37Test {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String IMIGRASI = "imigrasi-officer";

    private static String person(String state, String surname, String birth) {
        return as(IMIGRASI).contentType(ContentType.JSON)
                .body(Map.of("mrz", PersonRegistrationTest.mrz(state, surname, "ALEX", PersonRegistrationTest.newNumber(), birth, 'M', "320101"),
                        "birthPlace", "Manila", "languages", List.of("tl")))
                .when().post("/api/v1/persons").then().statusCode(201).extract().path("id");
    }

    private static String caseOf(String kind, String nationality, String personId) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("kind", kind, "nationality", nationality, "province", "51"));
        if (personId != null) {
            body.put("personId", personId);
        }
        return as(IMIGRASI).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/cases").then().statusCode(201).extract().path("id");
    }

    private static ConsumerRecord<String, String> event(String topic, String caseId, String type) {
        return TestEvents.find(RealInfrastructure.kafkaClient(), topic,
                r -> caseId.equals(r.key()) && type.equals(TestEvents.header(r, CloudEventHeaders.TYPE)), Duration.ofSeconds(20))
                .orElseThrow(() -> new AssertionError("no " + type + " for case " + caseId + " on " + topic));
    }

    @Test
    void aDeathInCustodyEndsTheCustodyResolvesTheCaseAndTellsKemluWhoDiedWhileTheSharedTopicStaysPseudonymous() throws Exception {
        String personId = person("PHL", "REYES", "800101");
        String caseId = caseOf("CRIMINAL", "PHL", personId);
        String custodyId = as(IMIGRASI).contentType(ContentType.JSON)
                .body(Map.of("custodyType", "PRE_TRIAL_DETENTION", "facilityType", "RUTAN", "facilityName", "Rutan Kerobokan",
                        "province", "Bali", "arrestingAuthority", "POLRI", "startedAt", "2026-11-01T02:00:00Z"))
                .when().post("/api/v1/cases/" + caseId + "/custody").then().statusCode(201).extract().path("id");

        Map<String, Object> death = Map.of("diedOn", "2026-11-27", "diedAt", "2026-11-27T06:40:00Z",
                "placeOfDeath", "RSUP Sanglah, Denpasar", "province", "51", "cause", "Cardiac arrest",
                "causeCategory", "ILLNESS", "remainsLocation", "Instalasi Forensik RSUP Sanglah",
                "nextOfKin", List.of(Map.of("name", "Maria Reyes", "relationship", "SPOUSE", "country", "PHL")));
        as(IMIGRASI).contentType(ContentType.JSON).body(death).when().post("/api/v1/cases/" + caseId + "/death").then()
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.nullValue())
                .header("Link", org.hamcrest.Matchers.containsString("/api/v1/cases/" + caseId + ">; rel=\"up\""))
                .body("inCustody", equalTo(true))
                .body("custodyId", equalTo(custodyId));
        as(IMIGRASI).contentType(ContentType.JSON).body(death).when().post("/api/v1/cases/" + caseId + "/death").then()
                .statusCode(409);
        as(IMIGRASI).when().get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("status", equalTo("RESOLVED"))
                .body("outcome", equalTo("DECEASED"))
                .body("timeline.type", hasItems("CUSTODY_STARTED", "CUSTODY_ENDED", "DEATH_RECORDED"));

        ConsumerRecord<String, String> shared = event(Topics.CASE_EVENTS, caseId, EventTypes.DEATH_RECORDED);
        assertEquals(List.of(), EventSchemas.validate(EventTypes.DEATH_RECORDED, shared.value()));
        JsonNode recorded = JSON.readTree(shared.value());
        assertTrue(recorded.get("inCustody").asBoolean());
        assertEquals("ILLNESS", recorded.get("causeCategory").asText());
        assertFalse(shared.value().contains("REYES") || shared.value().contains("Cardiac"), "no name nor cause on the shared topic");

        JsonNode notice = JSON.readTree(event(Topics.CUSTODY_NOTICES, caseId, EventTypes.DEATH_NOTICE_ISSUED).value());
        assertEquals("REYES", notice.get("person").get("surname").asText());
        assertEquals("Cardiac arrest", notice.get("cause").asText());
        assertEquals("Maria Reyes", notice.get("nextOfKin").get(0).get("name").asText());
        assertTrue(event(Topics.CASE_EVENTS, caseId, EventTypes.CUSTODY_ENDED).value().contains("DIED"));

        // Nothing can happen to a dead person any more.
        String another = caseOf("CRIMINAL", "PHL", personId);
        as(IMIGRASI).contentType(ContentType.JSON)
                .body(Map.of("custodyType", "ARREST", "facilityType", "POLICE_CELL", "facilityName", "Polresta Denpasar",
                        "province", "Bali", "arrestingAuthority", "POLRI", "startedAt", "2026-11-28T02:00:00Z"))
                .when().post("/api/v1/cases/" + another + "/custody").then().statusCode(409);
    }

    @Test
    void aDeathOutsideCustodyIsRecordedOnADeathCaseAndAFutureDateIsRefused() {
        String caseId = caseOf("DEATH", "PHL", person("PHL", "SANTOS", "750505"));
        as(IMIGRASI).contentType(ContentType.JSON)
                .body(Map.of("diedOn", LocalDate.now().plusDays(3).toString(), "placeOfDeath", "Kuta beach", "province", "Bali",
                        "causeCategory", "ACCIDENT"))
                .when().post("/api/v1/cases/" + caseId + "/death").then().statusCode(422).body("errors.field", hasItem("diedOn"));
        as(IMIGRASI).contentType(ContentType.JSON)
                .body(Map.of("diedOn", "2026-11-26", "placeOfDeath", "Kuta beach", "province", "Bali", "causeCategory", "ACCIDENT"))
                .when().post("/api/v1/cases/" + caseId + "/death").then().statusCode(201).body("inCustody", equalTo(false));
        as(IMIGRASI).when().get("/api/v1/cases/" + caseId).then().body("outcome", equalTo("DECEASED"));
    }

    @Test
    void anUnaccompaniedChildIsReportedForGuardianshipButAnAdultCannotBeCalledAMinor() throws Exception {
        String child = caseOf("GUARDIANSHIP", "MMR", person("MMR", "AUNG", "150301"));
        as(IMIGRASI).contentType(ContentType.JSON)
                .body(Map.of("reason", "UNACCOMPANIED_MINOR", "identifiedAt", "2026-11-28T03:00:00Z", "province", "21",
                        "currentCare", "Shelter of Dinas Sosial Batam"))
                .when().post("/api/v1/cases/" + child + "/guardianship").then().statusCode(201)
                .body("province", equalTo("Kepulauan Riau"));
        JsonNode shared = JSON.readTree(event(Topics.CASE_EVENTS, child, EventTypes.GUARDIANSHIP_NEED_RECORDED).value());
        assertEquals("0-17", shared.get("ageBand").asText());
        assertFalse(shared.toString().contains("AUNG"));
        JsonNode notice = JSON.readTree(event(Topics.CUSTODY_NOTICES, child, EventTypes.GUARDIANSHIP_NOTICE_ISSUED).value());
        assertEquals("AUNG", notice.get("person").get("surname").asText());

        String adult = caseOf("GUARDIANSHIP", "MMR", person("MMR", "TUN", "900101"));
        as(IMIGRASI).contentType(ContentType.JSON)
                .body(Map.of("reason", "UNACCOMPANIED_MINOR", "identifiedAt", "2026-11-28T03:00:00Z", "province", "21"))
                .when().post("/api/v1/cases/" + adult + "/guardianship").then().statusCode(422).body("errors.field", hasItem("reason"));
    }

    @Test
    void aWreckIsRecordedOnceForTheFlagStateWithoutPersonalData() throws Exception {
        String caseId = caseOf("WRECK_OR_CRASH", "PAN", null);
        Map<String, Object> wreck = Map.of("craftType", "SHIP", "craft", "MV Ocean Star", "registration", "IMO 9321483",
                "occurredAt", "2026-11-27T20:00:00Z", "place", "Selat Sunda, 12 nm off Merak", "province", "Banten",
                "personsOnBoard", 21, "dead", 2, "missing", 3);
        as(IMIGRASI).contentType(ContentType.JSON).body(wreck).when().post("/api/v1/cases/" + caseId + "/wreck-or-crash")
                .then().statusCode(201).body("flagState", equalTo("PAN")).body("provinceCode", equalTo("36"));
        as(IMIGRASI).contentType(ContentType.JSON).body(wreck).when().post("/api/v1/cases/" + caseId + "/wreck-or-crash")
                .then().statusCode(409);
        JsonNode e = JSON.readTree(event(Topics.CASE_EVENTS, caseId, EventTypes.WRECK_OR_CRASH_RECORDED).value());
        assertEquals("PAN", e.get("flagState").asText());
        assertEquals(21, e.get("personsOnBoard").asInt());

        String criminal = caseOf("CRIMINAL", "PAN", null);
        as(IMIGRASI).contentType(ContentType.JSON).body(wreck).when().post("/api/v1/cases/" + criminal + "/wreck-or-crash")
                .then().statusCode(409);
    }
}
