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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static id.go.wna.infra.test.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** TAK (UU 6/2011 Pasal 75(2)), deportation and the overstay rule of Pasal 78, as an immigration officer uses them. */
@QuarkusTest
class AdministrativeActionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String IMIGRASI = "imigrasi-officer";

    /** A Nigerian whose ITAS ended on {@code permitEnd}, and a TAK case about them. */
    static String caseOfOverstayer(LocalDate permitEnd) {
        String personId = as(IMIGRASI).contentType(ContentType.JSON)
                .body(Map.of("mrz", PersonRegistrationTest.mrz("NGA", "OKAFOR", "CHIDI", PersonRegistrationTest.newNumber(), "900101", 'M', "320101"),
                        "birthPlace", "Lagos", "languages", List.of("en"),
                        "stayPermit", Map.of("type", "ITAS", "validFrom", permitEnd.minusYears(1).toString(), "validUntil", permitEnd.toString())))
                .when().post("/api/v1/persons").then().statusCode(201).extract().path("id");
        return as(IMIGRASI).contentType(ContentType.JSON)
                .body(Map.of("kind", "ADMINISTRATIVE_ACTION", "nationality", "NGA", "province", "31", "personId", personId))
                .when().post("/api/v1/cases").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> action(String type, String decisionNumber, LocalDate decidedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("actionType", type);
        body.put("decisionNumber", decisionNumber);
        body.put("decidedOn", decidedOn.toString());
        return body;
    }

    private static String number() {
        return "W10.IMI-" + System.nanoTime();
    }

    @Test
    void theReferenceListsTheSixLettersOfPasal75() {
        as("partner-agency").when().get("/api/v1/reference/administrative-actions").then().statusCode(200)
                .body("letter", hasItems("a", "b", "c", "d", "e", "f"))
                .body("find { it.actionType == 'ENTRY_BAN' }.rules.instrument", equalTo(List.of("UU 6/2011", "UU 63/2024")))
                .body("find { it.actionType == 'ENTRY_BAN' }.rules.maxMonths", equalTo(List.of(6, 120)))
                .body("find { it.actionType == 'ENTRY_BAN' }.rules.lifetimeAllowed", equalTo(List.of(true, true)))
                .body("find { it.actionType == 'EXIT_BAN' }.rules.maxExtensions", equalTo(java.util.Arrays.asList(null, 1)))
                .body("find { it.actionType == 'DEPORTATION' }.rules.size()", equalTo(0))
                .body("find { it.actionType == 'DEPORTATION' }.legalBasis", equalTo("UU 6/2011 Pasal 75(2)(f)"));
        as(IMIGRASI).when().get("/api/v1/reference/detention-facilities").then().statusCode(200)
                .body("size()", equalTo(13)).body("code", hasItem("RUDENIM-DENPASAR"));
    }

    @Test
    void theOverstayCalculatorChargesUnder60DaysAndDeportsFrom60() {
        LocalDate end = LocalDate.parse("2026-09-01");
        as(IMIGRASI).queryParam("permitValidUntil", end.toString()).queryParam("on", end.plusDays(59).toString())
                .when().get("/api/v1/reference/overstay-charge").then().statusCode(200)
                .body("overstayDays", equalTo(59))
                .body("consequence", equalTo("CHARGE"))
                .body("chargeIdr", equalTo(59_000_000))
                .body("tariff.dailyRateIdr", equalTo(1_000_000));
        as(IMIGRASI).queryParam("permitValidUntil", end.toString()).queryParam("on", end.plusDays(60).toString())
                .when().get("/api/v1/reference/overstay-charge").then().statusCode(200)
                .body("overstayDays", equalTo(60))
                .body("consequence", equalTo("DEPORTATION_AND_ENTRY_BAN"))
                .body("chargeIdr", nullValue())
                .body("legalBasis", equalTo("UU 6/2011 Pasal 78(3)"));
        as(IMIGRASI).queryParam("permitValidUntil", end.toString()).queryParam("on", end.toString())
                .when().get("/api/v1/reference/overstay-charge").then().statusCode(200)
                .body("overstayDays", equalTo(0)).body("consequence", equalTo("NONE"));
        // Before PP 28/2019 the day cost Rp 300,000: the tariff in force on the day applies.
        as(IMIGRASI).queryParam("permitValidUntil", "2018-03-01").queryParam("on", "2018-03-11")
                .when().get("/api/v1/reference/overstay-charge").then().statusCode(200)
                .body("chargeIdr", equalTo(3_000_000)).body("tariff.dailyRateIdr", equalTo(300_000));
        as(IMIGRASI).queryParam("permitValidUntil", "1 Sept").when().get("/api/v1/reference/overstay-charge").then()
                .statusCode(422).body("errors.field", hasItem("permitValidUntil"));
        as(IMIGRASI).when().get("/api/v1/reference/overstay-tariffs").then().statusCode(200)
                .body("dailyRateIdr", equalTo(List.of(300_000, 1_000_000, 1_000_000)));
    }

    @Test
    void anOverstayOf59DaysIsChargedAndPublishedWithoutIdentity() throws Exception {
        LocalDate decided = LocalDate.parse("2026-11-20");
        String caseId = caseOfOverstayer(decided.minusDays(59));
        String actionId = as(IMIGRASI).contentType(ContentType.JSON).body(action("CHARGE", number(), decided))
                .when().post("/api/v1/cases/" + caseId + "/administrative-actions").then().statusCode(201)
                .body("letter", equalTo("e"))
                .body("overstayDays", equalTo(59))
                .body("chargeAmountIdr", equalTo(59_000_000))
                .extract().path("id");

        ConsumerRecord<String, String> r = TestEvents.find(RealInfrastructure.kafkaClient(), Topics.CASE_EVENTS,
                e -> caseId.equals(e.key()) && EventTypes.ADMINISTRATIVE_ACTION_TAKEN.equals(TestEvents.header(e, CloudEventHeaders.TYPE)),
                Duration.ofSeconds(20)).orElseThrow(() -> new AssertionError("no AdministrativeActionTaken"));
        assertEquals(List.of(), EventSchemas.validate(EventTypes.ADMINISTRATIVE_ACTION_TAKEN, r.value()));
        JsonNode p = JSON.readTree(r.value());
        assertEquals(actionId, p.get("actionId").asText());
        assertEquals("CHARGE", p.get("actionType").asText());
        assertEquals(59_000_000L, p.get("chargeAmountIdr").asLong());
        assertEquals(59, p.get("overstayDays").asInt());
        assertFalse(r.value().contains("OKAFOR"), "no name on the shared topic");
    }

    @Test
    void anOverstayOf60DaysCannotBeSettledWithACharge() {
        LocalDate decided = LocalDate.parse("2026-11-20");
        String caseId = caseOfOverstayer(decided.minusDays(60));
        as(IMIGRASI).contentType(ContentType.JSON).body(action("CHARGE", number(), decided))
                .when().post("/api/v1/cases/" + caseId + "/administrative-actions").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("actionType"))
                .body("detail", org.hamcrest.Matchers.containsString("Pasal 78(3)"));
        as(IMIGRASI).when().get("/api/v1/cases/" + caseId + "/administrative-actions").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void bansAreHeldToTheirLegalTermsAndAnEntryBanMayBeForLife() {
        LocalDate decided = LocalDate.parse("2026-11-20");
        String caseId = caseOfOverstayer(decided.minusDays(90));
        Map<String, Object> tooLong = action("ENTRY_BAN", number(), decided);
        tooLong.put("effectiveUntil", decided.plusYears(11).toString());
        as(IMIGRASI).contentType(ContentType.JSON).body(tooLong).when().post("/api/v1/cases/" + caseId + "/administrative-actions")
                .then().statusCode(422).body("errors.field", hasItem("effectiveUntil"));
        Map<String, Object> exitBan = action("EXIT_BAN", number(), decided);
        exitBan.put("durationMonths", 7);
        as(IMIGRASI).contentType(ContentType.JSON).body(exitBan).when().post("/api/v1/cases/" + caseId + "/administrative-actions")
                .then().statusCode(422).body("errors.field", hasItem("durationMonths"));
        exitBan.put("durationMonths", 6);
        as(IMIGRASI).contentType(ContentType.JSON).body(exitBan).when().post("/api/v1/cases/" + caseId + "/administrative-actions")
                .then().statusCode(201).body("effectiveUntil", equalTo(decided.plusMonths(6).minusDays(1).toString()));
        Map<String, Object> forLife = action("ENTRY_BAN", number(), decided);
        forLife.put("lifetime", true);
        as(IMIGRASI).contentType(ContentType.JSON).body(forLife).when().post("/api/v1/cases/" + caseId + "/administrative-actions")
                .then().statusCode(201).body("lifetime", equalTo(true));
        as(IMIGRASI).contentType(ContentType.JSON).body(forLife).when().post("/api/v1/cases/" + caseId + "/administrative-actions")
                .then().statusCode(409);
        Map<String, Object> deportationWithoutDetails = action("DEPORTATION", number(), decided);
        as(IMIGRASI).contentType(ContentType.JSON).body(deportationWithoutDetails).when()
                .post("/api/v1/cases/" + caseId + "/administrative-actions").then().statusCode(422).body("errors.field", hasItem("deportation"));
    }

    @Test
    void aDeportationIsDecidedThenCompletedEndingCustodyAndResolvingTheCase() throws Exception {
        LocalDate decided = LocalDate.parse("2026-11-20");
        String caseId = caseOfOverstayer(decided.minusDays(75));
        CaseLifecycleTest.move(caseId, "VERIFIED");
        CaseLifecycleTest.move(caseId, "ACTIVE:DETAINED_AWAITING_DEPORTATION");
        String custodyId = as(IMIGRASI).contentType(ContentType.JSON)
                .body(Map.of("custodyType", "IMMIGRATION_DETENTION", "facilityType", "RUDENIM", "facilityCode", "RUDENIM-JAKARTA",
                        "facilityName", "Rudenim Jakarta", "province", "DKI Jakarta", "arrestingAuthority", "IMIGRASI",
                        "startedAt", "2026-11-19T02:00:00Z"))
                .when().post("/api/v1/cases/" + caseId + "/custody").then().statusCode(201).extract().path("id");

        Map<String, Object> deport = action("DEPORTATION", number(), decided);
        deport.put("deportation", Map.of("destinationCountry", "NGA", "costBorneBy", "FAMILY", "entryBanUntil", "2032-11-20",
                "plannedDepartureOn", "2026-11-27", "awaitingTravelDocument", true));
        String actionId = as(IMIGRASI).contentType(ContentType.JSON).body(deport)
                .when().post("/api/v1/cases/" + caseId + "/administrative-actions").then().statusCode(201)
                .body("letter", equalTo("f"))
                .body("deportation.costBorneBy", equalTo("FAMILY"))
                .extract().path("id");

        as(IMIGRASI).contentType(ContentType.JSON).body(Map.of("departedAt", "2026-11-28T14:05:00Z", "portOfExit", "TPI-CGK",
                        "travelDocumentIssuedOn", "2026-11-25"))
                .when().post("/api/v1/cases/" + caseId + "/administrative-actions/" + actionId + "/deportation/completion")
                .then().statusCode(200).body("portOfExit", equalTo("TPI-CGK"));
        as(IMIGRASI).contentType(ContentType.JSON).body(Map.of("departedAt", "2026-11-28T14:05:00Z", "portOfExit", "TPI-CGK"))
                .when().post("/api/v1/cases/" + caseId + "/administrative-actions/" + actionId + "/deportation/completion")
                .then().statusCode(409);

        as(IMIGRASI).when().get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("status", equalTo("RESOLVED"))
                .body("outcome", equalTo("DEPORTED"))
                .body("timeline.type", hasItems("CUSTODY_STARTED", "ADMINISTRATIVE_ACTION_TAKEN", "DEPORTATION_DECIDED",
                        "DEPORTATION_COMPLETED", "CUSTODY_ENDED", "STATUS_CHANGED"));

        ConsumerRecord<String, String> completed = TestEvents.find(RealInfrastructure.kafkaClient(), Topics.CASE_EVENTS,
                e -> caseId.equals(e.key()) && EventTypes.DEPORTATION_COMPLETED.equals(TestEvents.header(e, CloudEventHeaders.TYPE)),
                Duration.ofSeconds(20)).orElseThrow(() -> new AssertionError("no DeportationCompleted"));
        JsonNode p = JSON.readTree(completed.value());
        assertEquals(5, p.get("daysWaitingForTravelDocument").asInt());
        assertEquals("FAMILY", p.get("costBorneBy").asText());
        assertTrue(TestEvents.find(RealInfrastructure.kafkaClient(), Topics.CASE_EVENTS,
                e -> caseId.equals(e.key()) && EventTypes.CUSTODY_ENDED.equals(TestEvents.header(e, CloudEventHeaders.TYPE))
                        && e.value().contains(custodyId) && e.value().contains("DEPORTED"), Duration.ofSeconds(20)).isPresent());
    }

    @Test
    void aRudenimMustBeOneOfTheReferenceList() {
        String caseId = caseOfOverstayer(LocalDate.parse("2026-10-01"));
        as(IMIGRASI).contentType(ContentType.JSON)
                .body(Map.of("custodyType", "IMMIGRATION_DETENTION", "facilityType", "RUDENIM", "facilityCode", "RUDENIM-BANDUNG",
                        "facilityName", "Rudenim Bandung", "province", "Jawa Barat", "arrestingAuthority", "IMIGRASI",
                        "startedAt", "2026-11-19T02:00:00Z"))
                .when().post("/api/v1/cases/" + caseId + "/custody").then().statusCode(422)
                .body("errors.field", hasItem("facilityCode"));
    }

    @Test
    void aMissionOfficerSeesTheActionsOfItsOwnNationalsOnly() {
        String caseId = caseOfOverstayer(LocalDate.parse("2026-10-01"));
        id.go.wna.infra.test.Api.asMissionOfficerOf("NGA").when().get("/api/v1/cases/" + caseId + "/administrative-actions")
                .then().statusCode(200);
        id.go.wna.infra.test.Api.asMissionOfficerOf("AUS").when().get("/api/v1/cases/" + caseId + "/administrative-actions")
                .then().statusCode(404);
    }
}
