package id.go.wna.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.contracts.CloudEventHeaders;
import id.go.wna.contracts.EventSchemas;
import id.go.wna.contracts.EventTypes;
import id.go.wna.contracts.Topics;
import id.go.wna.infra.test.Api;
import id.go.wna.infra.test.RealInfrastructure;
import id.go.wna.infra.test.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static id.go.wna.infra.test.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every later stage of a custody reaches Kemlu as a {@code CustodyFollowUpIssued.v1} on the restricted
 * wna.custody-notices.v1: transfers, hospital admission, release, deportation, death in custody (issued by the change
 * itself), and serious illness and the stages of a death-penalty case (recorded by an officer).
 */
@QuarkusTest
class CustodyFollowUpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String IMIGRASI = "imigrasi-officer";

    private static String person(String state, String surname) {
        return as(IMIGRASI).contentType(ContentType.JSON)
                .body(Map.of("mrz", PersonRegistrationTest.mrz(state, surname, "SAM", PersonRegistrationTest.newNumber(), "850505", 'M', "320101"),
                        "birthPlace", "Perth", "languages", List.of("en")))
                .when().post("/api/v1/persons").then().statusCode(201).extract().path("id");
    }

    private static String caseOf(String kind, String nationality, String personId) {
        return as(IMIGRASI).contentType(ContentType.JSON)
                .body(Map.of("kind", kind, "nationality", nationality, "province", "Bali", "personId", personId))
                .when().post("/api/v1/cases").then().statusCode(201).extract().path("id");
    }

    private static String startCustody(String caseId, String type, String facilityType, String facilityName, Instant startedAt) {
        return as(IMIGRASI).contentType(ContentType.JSON)
                .body(Map.of("custodyType", type, "facilityType", facilityType, "facilityName", facilityName, "province", "Bali",
                        "arrestingAuthority", "POLRI", "startedAt", startedAt.toString()))
                .when().post("/api/v1/cases/" + caseId + "/custody").then().statusCode(201).extract().path("id");
    }

    /** A custody on a criminal case of an Australian, started {@code daysAgo} days ago in Lapas Kerobokan. */
    private static String[] prisoner(int daysAgo) {
        String caseId = caseOf("CRIMINAL", "AUS", person("AUS", "MORGAN"));
        String custodyId = startCustody(caseId, "IMPRISONMENT", "LAPAS", "Lapas Kerobokan", Instant.now().minus(daysAgo, ChronoUnit.DAYS));
        return new String[]{caseId, custodyId};
    }

    private static JsonNode json(String value) {
        try {
            return JSON.readTree(value);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isFollowUp(ConsumerRecord<String, String> r, String caseId, String custodyId) {
        return caseId.equals(r.key()) && EventTypes.CUSTODY_FOLLOW_UP_ISSUED.equals(TestEvents.header(r, CloudEventHeaders.TYPE))
                && custodyId.equals(json(r.value()).get("custodyId").asText());
    }

    /** The follow-up of this stage for this custody, read from the real topic and checked against its schema. */
    private static JsonNode followUp(String caseId, String custodyId, String stage) {
        ConsumerRecord<String, String> r = TestEvents.find(RealInfrastructure.kafkaClient(), Topics.CUSTODY_NOTICES,
                e -> isFollowUp(e, caseId, custodyId) && stage.equals(json(e.value()).get("stage").asText()), Duration.ofSeconds(20))
                .orElseThrow(() -> new AssertionError("no " + stage + " follow-up for custody " + custodyId));
        assertEquals(List.of(), EventSchemas.validate(EventTypes.CUSTODY_FOLLOW_UP_ISSUED, r.value()));
        return json(r.value());
    }

    /**
     * The stages of every follow-up published for the custody before the record {@code sentinel} matches on the same
     * key (the relay keeps a case's order): so "nothing else was published" is read, not waited for.
     */
    private static List<String> followUpStagesBefore(String caseId, String custodyId, Predicate<ConsumerRecord<String, String>> sentinel) {
        List<String> stages = new ArrayList<>();
        boolean found = TestEvents.find(RealInfrastructure.kafkaClient(), Topics.CUSTODY_NOTICES, r -> {
            if (sentinel.test(r)) {
                return true;
            }
            if (isFollowUp(r, caseId, custodyId)) {
                stages.add(json(r.value()).get("stage").asText());
            }
            return false;
        }, Duration.ofSeconds(20)).isPresent();
        assertTrue(found, "the later event was published");
        return stages;
    }

    private static Map<String, Object> stage(String stage, Instant occurredAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("stage", stage);
        body.put("occurredAt", occurredAt.toString());
        return body;
    }

    @Test
    void aTransferToHospitalTellsKemluOfTheHospitalAdmissionWithTheNewPlace() {
        String[] c = prisoner(5);
        String caseId = c[0], custodyId = c[1];
        String base = "/api/v1/cases/" + caseId + "/custody/" + custodyId;
        Instant moved = Instant.now().minus(2, ChronoUnit.DAYS);
        as(IMIGRASI).contentType(ContentType.JSON)
                .body(Map.of("facilityType", "HOSPITAL", "facilityName", "RSUP Prof. Ngoerah", "facilityAddress",
                        "Jl. Diponegoro, Denpasar", "province", "Bali", "reason", "MEDICAL", "transferredAt", moved.toString()))
                .when().post(base + "/transfer").then().statusCode(200).body("facilityType", equalTo("HOSPITAL"));

        JsonNode admission = followUp(caseId, custodyId, "HOSPITAL_ADMISSION");
        assertEquals(moved.truncatedTo(ChronoUnit.MICROS), Instant.parse(admission.get("occurredAt").asText()));
        JsonNode place = admission.get("newPlaceOfDetention");
        assertEquals("HOSPITAL", place.get("facilityType").asText());
        assertEquals("RSUP Prof. Ngoerah", place.get("name").asText());
        assertEquals("Jl. Diponegoro, Denpasar", place.get("address").asText());
        assertEquals("Bali", place.get("province").asText());
        assertTrue(admission.get("details").asText().contains("Lapas Kerobokan"), "where from, and why");

        // Back to prison: an ordinary transfer.
        as(IMIGRASI).contentType(ContentType.JSON)
                .body(Map.of("facilityType", "LAPAS", "facilityName", "Lapas Kerobokan", "province", "Bali", "reason", "OTHER",
                        "transferredAt", Instant.now().minus(1, ChronoUnit.DAYS).toString()))
                .when().post(base + "/transfer").then().statusCode(200);
        assertEquals("Lapas Kerobokan", followUp(caseId, custodyId, "TRANSFER").get("newPlaceOfDetention").get("name").asText());

        as("kemlu-consular").when().get(base + "/follow-ups").then().statusCode(200)
                .body("stage", equalTo(List.of("HOSPITAL_ADMISSION", "TRANSFER")))
                .body("origin", equalTo(List.of("TRANSFER", "TRANSFER")))
                .body("[0].newPlaceOfDetention.name", equalTo("RSUP Prof. Ngoerah"));
        as(IMIGRASI).when().get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("timeline.findAll { it.type == 'CUSTODY_FOLLOW_UP_ISSUED' }.summary",
                        hasItem("Consular post told: HOSPITAL_ADMISSION, now at RSUP Prof. Ngoerah"));
    }

    @Test
    void aDeathSentenceIsAFollowUpNoticeNamingTheCourt() {
        String[] c = prisoner(200);
        String caseId = c[0], custodyId = c[1];
        String base = "/api/v1/cases/" + caseId + "/custody/" + custodyId;
        Instant sentenced = Instant.now().minus(3, ChronoUnit.DAYS);

        as(IMIGRASI).contentType(ContentType.JSON).body(stage("DEATH_SENTENCE_IMPOSED", sentenced))
                .when().post(base + "/follow-ups").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("court"));

        Map<String, Object> sentence = stage("DEATH_SENTENCE_IMPOSED", sentenced);
        sentence.put("court", "Pengadilan Negeri Denpasar");
        sentence.put("details", "Narcotics, UU 35/2009 Pasal 114(2)");
        as(IMIGRASI).contentType(ContentType.JSON).body(sentence)
                .when().post(base + "/follow-ups").then().statusCode(201)
                .header("Location", nullValue())
                .header("Link", containsString("/api/v1/cases/" + caseId + ">; rel=\"up\""))
                .body("stage", equalTo("DEATH_SENTENCE_IMPOSED"))
                .body("origin", equalTo("OFFICER"))
                .body("court", equalTo("Pengadilan Negeri Denpasar"));

        JsonNode notice = followUp(caseId, custodyId, "DEATH_SENTENCE_IMPOSED");
        assertEquals("Pengadilan Negeri Denpasar", notice.get("court").asText());
        assertEquals(sentenced.truncatedTo(ChronoUnit.MICROS), Instant.parse(notice.get("occurredAt").asText()));
        assertEquals("Narcotics, UU 35/2009 Pasal 114(2)", notice.get("details").asText());
        assertFalse(notice.has("newPlaceOfDetention") && !notice.get("newPlaceOfDetention").isNull(), "nobody moved");

        as(IMIGRASI).when().get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("timeline.findAll { it.type == 'CUSTODY_FOLLOW_UP_ISSUED' }.summary",
                        hasItem("Consular post told: DEATH_SENTENCE_IMPOSED (Pengadilan Negeri Denpasar)"));
        // The post learns of it; the partner agencies see the stage, not the free text.
        Api.asMissionOfficerOf("AUS").when().get(base + "/follow-ups").then().statusCode(200)
                .body("[0].details", equalTo("Narcotics, UU 35/2009 Pasal 114(2)"));
        as("partner-agency").when().get(base + "/follow-ups").then().statusCode(200)
                .body("[0].stage", equalTo("DEATH_SENTENCE_IMPOSED"))
                .body("[0].details", nullValue());
        Api.asMissionOfficerOf("GBR").when().get(base + "/follow-ups").then().statusCode(404);
        as("kemlu-supervisor").when().get(base + "/follow-ups").then().statusCode(200);
    }

    @Test
    void anExecutionDateIsRequiredForAnExecutionNotice() {
        String[] c = prisoner(400);
        String caseId = c[0], custodyId = c[1];
        String base = "/api/v1/cases/" + caseId + "/custody/" + custodyId;
        Instant now = Instant.now().minus(1, ChronoUnit.MINUTES);

        as(IMIGRASI).contentType(ContentType.JSON).body(stage("EXECUTION_SCHEDULED", now))
                .when().post(base + "/follow-ups").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("scheduledAt"));
        Map<String, Object> before = stage("EXECUTION_SCHEDULED", now);
        before.put("scheduledAt", now.minus(1, ChronoUnit.DAYS).toString());
        as(IMIGRASI).contentType(ContentType.JSON).body(before)
                .when().post(base + "/follow-ups").then().statusCode(422).body("errors[0].field", equalTo("scheduledAt"));

        // A later notice on the same case arrives: the refused one was never published.
        as(IMIGRASI).contentType(ContentType.JSON).body(stage("SERIOUS_ILLNESS", now))
                .when().post(base + "/follow-ups").then().statusCode(201);
        assertEquals(List.of(), followUpStagesBefore(caseId, custodyId,
                r -> isFollowUp(r, caseId, custodyId) && json(r.value()).get("stage").asText().equals("SERIOUS_ILLNESS")));

        Instant due = now.plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> execution = stage("EXECUTION_SCHEDULED", now);
        execution.put("scheduledAt", due.toString());
        as(IMIGRASI).contentType(ContentType.JSON).body(execution)
                .when().post(base + "/follow-ups").then().statusCode(201).body("scheduledAt", equalTo(due.toString()));
        assertEquals(due, Instant.parse(followUp(caseId, custodyId, "EXECUTION_SCHEDULED").get("scheduledAt").asText()));
        as(IMIGRASI).when().get(base + "/follow-ups").then().statusCode(200)
                .body("stage", equalTo(List.of("SERIOUS_ILLNESS", "EXECUTION_SCHEDULED")));
    }

    @Test
    void caseReviewClemencyAndTheConvictsExecutionNoticeAreFollowUpsOfADeathPenaltyCase() {
        String[] c = prisoner(500);
        String caseId = c[0], custodyId = c[1];
        String base = "/api/v1/cases/" + caseId + "/custody/" + custodyId;
        Instant now = Instant.now().minus(1, ChronoUnit.MINUTES);
        for (String stage : List.of("DEATH_SENTENCE_CASE_REVIEW_FILED", "DEATH_SENTENCE_CASE_REVIEW_DECIDED",
                "DEATH_SENTENCE_CLEMENCY_FILED", "DEATH_SENTENCE_CLEMENCY_DECIDED")) {
            as(IMIGRASI).contentType(ContentType.JSON).body(stage(stage, now))
                    .when().post(base + "/follow-ups").then().statusCode(201).body("stage", equalTo(stage));
        }
        // The 3 x 24 h notice to the convict names the execution it announces.
        as(IMIGRASI).contentType(ContentType.JSON).body(stage("EXECUTION_NOTICE_GIVEN", now))
                .when().post(base + "/follow-ups").then().statusCode(422).body("errors[0].field", equalTo("scheduledAt"));
        Instant execution = now.plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> notice = stage("EXECUTION_NOTICE_GIVEN", now);
        notice.put("scheduledAt", execution.toString());
        as(IMIGRASI).contentType(ContentType.JSON).body(notice)
                .when().post(base + "/follow-ups").then().statusCode(201);
        assertEquals(execution, Instant.parse(followUp(caseId, custodyId, "EXECUTION_NOTICE_GIVEN").get("scheduledAt").asText()));
        assertEquals("DEATH_SENTENCE_CLEMENCY_DECIDED", followUp(caseId, custodyId, "DEATH_SENTENCE_CLEMENCY_DECIDED").get("stage").asText());
    }

    @Test
    void whatAFollowUpMayCarryIsCheckedFieldByField() {
        String[] c = prisoner(10);
        String base = "/api/v1/cases/" + c[0] + "/custody/" + c[1];
        Instant now = Instant.now().minus(1, ChronoUnit.MINUTES);
        // Issued by the transfer and the end themselves.
        as(IMIGRASI).contentType(ContentType.JSON).body(stage("TRANSFER", now))
                .when().post(base + "/follow-ups").then().statusCode(422).body("errors[0].field", equalTo("stage"));
        as(IMIGRASI).contentType(ContentType.JSON).body(stage("RELEASE", now))
                .when().post(base + "/follow-ups").then().statusCode(422).body("errors[0].field", equalTo("stage"));
        // Before the custody began.
        as(IMIGRASI).contentType(ContentType.JSON).body(stage("SERIOUS_ILLNESS", now.minus(11, ChronoUnit.DAYS)))
                .when().post(base + "/follow-ups").then().statusCode(422).body("errors[0].field", equalTo("occurredAt"));
        // A court only for a death-penalty stage, a place only for illness or hospital.
        Map<String, Object> illnessWithCourt = stage("SERIOUS_ILLNESS", now);
        illnessWithCourt.put("court", "Pengadilan Negeri Denpasar");
        as(IMIGRASI).contentType(ContentType.JSON).body(illnessWithCourt)
                .when().post(base + "/follow-ups").then().statusCode(422).body("errors[0].field", equalTo("court"));
        Map<String, Object> chargedWithPlace = stage("DEATH_PENALTY_CHARGED", now);
        chargedWithPlace.put("court", "Pengadilan Negeri Denpasar");
        chargedWithPlace.put("newPlaceOfDetention", Map.of("facilityType", "LAPAS", "name", "Lapas Nusakambangan", "province", "Jawa Tengah"));
        as(IMIGRASI).contentType(ContentType.JSON).body(chargedWithPlace)
                .when().post(base + "/follow-ups").then().statusCode(422).body("errors[0].field", equalTo("newPlaceOfDetention"));
        // A hospital admission an officer records names the hospital.
        Map<String, Object> admitted = stage("HOSPITAL_ADMISSION", now);
        admitted.put("newPlaceOfDetention", Map.of("facilityType", "HOSPITAL", "name", "RS Bhayangkara Denpasar", "province", "Bali"));
        as(IMIGRASI).contentType(ContentType.JSON).body(admitted)
                .when().post(base + "/follow-ups").then().statusCode(201)
                .body("newPlaceOfDetention.name", equalTo("RS Bhayangkara Denpasar"));
        assertEquals("RS Bhayangkara Denpasar",
                followUp(c[0], c[1], "HOSPITAL_ADMISSION").get("newPlaceOfDetention").get("name").asText());
        // Unknown case or custody.
        as(IMIGRASI).contentType(ContentType.JSON).body(stage("SERIOUS_ILLNESS", now))
                .when().post("/api/v1/cases/" + c[0] + "/custody/" + UUID.randomUUID() + "/follow-ups").then().statusCode(404);
        as(IMIGRASI).contentType(ContentType.JSON).body(stage("SERIOUS_ILLNESS", now))
                .when().post("/api/v1/cases/" + UUID.randomUUID() + "/custody/" + c[1] + "/follow-ups").then().statusCode(404);
        as(IMIGRASI).when().get("/api/v1/cases/" + c[0] + "/custody/" + UUID.randomUUID() + "/follow-ups").then().statusCode(404);
        // The only one recorded.
        as(IMIGRASI).when().get(base + "/follow-ups").then().statusCode(200).body("stage", equalTo(List.of("HOSPITAL_ADMISSION")));
    }

    @Test
    void aDeathPenaltyStageBelongsToACriminalCase() {
        String caseId = caseOf("ADMINISTRATIVE_ACTION", "AUS", person("AUS", "KELLY"));
        String custodyId = startCustody(caseId, "IMMIGRATION_DETENTION", "RUANG_DETENSI", "Ruang Detensi Kanim Denpasar",
                Instant.now().minus(2, ChronoUnit.DAYS));
        Map<String, Object> sentence = stage("DEATH_SENTENCE_IMPOSED", Instant.now().minus(1, ChronoUnit.HOURS));
        sentence.put("court", "Pengadilan Negeri Denpasar");
        as(IMIGRASI).contentType(ContentType.JSON).body(sentence)
                .when().post("/api/v1/cases/" + caseId + "/custody/" + custodyId + "/follow-ups").then().statusCode(422)
                .body("errors[0].field", equalTo("stage"));
    }

    @Test
    void aRetriedFollowUpWithItsIdempotencyKeyIsIssuedOnce() {
        String[] c = prisoner(30);
        String base = "/api/v1/cases/" + c[0] + "/custody/" + c[1];
        Map<String, Object> charged = stage("DEATH_PENALTY_CHARGED", Instant.now().minus(1, ChronoUnit.HOURS));
        charged.put("court", "Pengadilan Negeri Denpasar");
        String key = "follow-up-" + UUID.randomUUID();
        String first = as(IMIGRASI).contentType(ContentType.JSON).header("Idempotency-Key", key).body(charged)
                .when().post(base + "/follow-ups").then().statusCode(201).extract().path("id");
        as(IMIGRASI).contentType(ContentType.JSON).header("Idempotency-Key", key).body(charged)
                .when().post(base + "/follow-ups").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));
        as(IMIGRASI).when().get(base + "/follow-ups").then().statusCode(200).body("id", equalTo(List.of(first)));
    }

    @Test
    void releasingTheDetaineeIssuesAReleaseFollowUp() {
        String[] c = prisoner(20);
        String caseId = c[0], custodyId = c[1];
        String base = "/api/v1/cases/" + caseId + "/custody/" + custodyId;
        Instant released = Instant.now().minus(1, ChronoUnit.HOURS);
        as(IMIGRASI).contentType(ContentType.JSON).body(Map.of("reason", "RELEASED_ON_BAIL", "endedAt", released.toString()))
                .when().post(base + "/end").then().statusCode(200);

        JsonNode release = followUp(caseId, custodyId, "RELEASE");
        assertEquals(released.truncatedTo(ChronoUnit.MICROS), Instant.parse(release.get("occurredAt").asText()));
        assertEquals("Released on bail", release.get("details").asText());
        as(IMIGRASI).when().get(base + "/follow-ups").then().statusCode(200)
                .body("stage", equalTo(List.of("RELEASE"))).body("origin", equalTo(List.of("CUSTODY_END")));

        // Once released, nothing more follows through this custody.
        as(IMIGRASI).contentType(ContentType.JSON).body(stage("SERIOUS_ILLNESS", Instant.now().minus(1, ChronoUnit.MINUTES)))
                .when().post(base + "/follow-ups").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void anEscapeIsNotAReleaseAndIssuesNoFollowUp() {
        String[] c = prisoner(20);
        String caseId = c[0], custodyId = c[1];
        as(IMIGRASI).contentType(ContentType.JSON)
                .body(Map.of("reason", "ESCAPED", "endedAt", Instant.now().minus(2, ChronoUnit.HOURS).toString()))
                .when().post("/api/v1/cases/" + caseId + "/custody/" + custodyId + "/end").then().statusCode(200);
        // Caught again: the new custody's notice comes after anything the escape published.
        String again = startCustody(caseId, "ARREST", "POLICE_CELL", "Polresta Denpasar", Instant.now().minus(1, ChronoUnit.HOURS));
        assertEquals(List.of(), followUpStagesBefore(caseId, custodyId,
                r -> caseId.equals(r.key()) && EventTypes.CUSTODY_NOTICE_ISSUED.equals(TestEvents.header(r, CloudEventHeaders.TYPE))
                        && r.value().contains(again)));
    }

    @Test
    void deportationCompletionIssuesADeportationFollowUp() {
        LocalDate decided = LocalDate.parse("2026-11-20");
        String caseId = AdministrativeActionTest.caseOfOverstayer(decided.minusDays(75));
        CaseLifecycleTest.move(caseId, "VERIFIED");
        CaseLifecycleTest.move(caseId, "ACTIVE:DETAINED_AWAITING_DEPORTATION");
        String custodyId = as(IMIGRASI).contentType(ContentType.JSON)
                .body(Map.of("custodyType", "IMMIGRATION_DETENTION", "facilityType", "RUDENIM", "facilityCode", "RUDENIM-JAKARTA",
                        "facilityName", "Rudenim Jakarta", "province", "DKI Jakarta", "arrestingAuthority", "IMIGRASI",
                        "startedAt", "2026-11-19T02:00:00Z"))
                .when().post("/api/v1/cases/" + caseId + "/custody").then().statusCode(201).extract().path("id");
        Map<String, Object> deport = AdministrativeActionTest.action("DEPORTATION", "W10.IMI-" + System.nanoTime(), decided);
        deport.put("deportation", Map.of("destinationCountry", "NGA", "costBorneBy", "STATE", "plannedDepartureOn", "2026-11-27"));
        String actionId = as(IMIGRASI).contentType(ContentType.JSON).body(deport)
                .when().post("/api/v1/cases/" + caseId + "/administrative-actions").then().statusCode(201).extract().path("id");
        as(IMIGRASI).contentType(ContentType.JSON).body(Map.of("departedAt", "2026-11-28T14:05:00Z", "portOfExit", "TPI-CGK"))
                .when().post("/api/v1/cases/" + caseId + "/administrative-actions/" + actionId + "/deportation/completion")
                .then().statusCode(200);

        JsonNode deportation = followUp(caseId, custodyId, "DEPORTATION");
        assertEquals(Instant.parse("2026-11-28T14:05:00Z"), Instant.parse(deportation.get("occurredAt").asText()));
        assertEquals("Deported to NGA via TPI-CGK", deportation.get("details").asText());
        as(IMIGRASI).when().get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("timeline.type", hasItems("DEPORTATION_COMPLETED", "CUSTODY_ENDED", "CUSTODY_FOLLOW_UP_ISSUED"));
    }

    @Test
    void aDeathInCustodyIssuesADeathInCustodyFollowUpBesideTheDeathNotice() {
        String[] c = prisoner(40);
        String caseId = c[0], custodyId = c[1];
        Instant died = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        as(IMIGRASI).contentType(ContentType.JSON)
                .body(Map.of("diedOn", LocalDate.ofInstant(died, java.time.ZoneOffset.UTC).toString(), "diedAt", died.toString(),
                        "placeOfDeath", "Lapas Kerobokan", "province", "51", "causeCategory", "ILLNESS"))
                .when().post("/api/v1/cases/" + caseId + "/death").then().statusCode(201);
        assertEquals(died, Instant.parse(followUp(caseId, custodyId, "DEATH_IN_CUSTODY").get("occurredAt").asText()));
    }
}
