package id.go.wna.notification;

import id.go.wna.contracts.CloudEventHeaders;
import id.go.wna.contracts.EventTypes;
import id.go.wna.contracts.Topics;
import id.go.wna.infra.test.RealInfrastructure;
import id.go.wna.infra.test.TestEvents;
import id.go.wna.notification.service.DeadlineWatch;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.wna.infra.test.Api.as;
import static id.go.wna.infra.test.Api.asMissionOfficerOf;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Obligations opened from Imigrasi's restricted custody notices on the real broker, their regimes and clocks, and what
 * consular officers, supervisors and mission officers do with them.
 */
@QuarkusTest
class ConsularObligationTest {

    static final String KEMLU = "kemlu-consular";
    static final String SUPERVISOR = "kemlu-supervisor";

    @Inject
    DeadlineWatch watch;

    /** A custody notice as case-service issues it; returns the case id. */
    static UUID detained(List<String> nationalities, String province, Instant arrestedAt, boolean asylumSeeker, String immunity) {
        return detained(UUID.randomUUID(), UUID.randomUUID(), nationalities, province, arrestedAt, asylumSeeker, immunity);
    }

    /** The custody notice of a given custody: issued again, it corrects the identity. */
    static UUID detained(UUID caseId, UUID custodyId, List<String> nationalities, String province, Instant arrestedAt,
                         boolean asylumSeeker, String immunity) {
        String json = """
                {"caseId":"%s","custodyId":"%s","personRef":"%s",
                 "person":{"surname":"SMITH","givenNames":"JOHN PAUL","mrzName":"SMITH<<JOHN<PAUL","sex":"M","birthDate":"1990-04-01",
                           "birthPlace":"Perth","nationalities":%s},
                 "travelDocument":{"type":"PASSPORT","number":"PA1234567","issuingState":"%s","expiresOn":"2030-01-01"},
                 "arrest":{"arrestedAt":"%s","place":"Ngurah Rai International Airport","province":"%s","arrestingAuthority":"IMIGRASI"},
                 "custodyType":"IMMIGRATION_DETENTION",
                 "placeOfDetention":{"facilityType":"RUDENIM","name":"Rumah Detensi Imigrasi Denpasar","province":"%s"},
                 "charges":[{"statute":"UU 6/2011","article":"78(3)","description":"overstay of more than 60 days"}],
                 "vulnerability":{"minor":false,"asylumSeekerOrRefugee":%s,"traffickingVictim":false},
                 "immunity":"%s","languages":["en"],"interpreterNeeded":false,"issuedAt":"%s"}"""
                .formatted(caseId, custodyId, UUID.randomUUID(), toJsonList(nationalities), nationalities.get(0), arrestedAt,
                        province, province, asylumSeeker, immunity, Instant.now());
        TestEvents.send(RealInfrastructure.kafkaClient(), Topics.CUSTODY_NOTICES, caseId.toString(),
                UUID.randomUUID().toString(), EventTypes.CUSTODY_NOTICE_ISSUED,
                withoutPlaceOfArrest ? json.replace("\"place\":\"Ngurah Rai International Airport\",", "") : json);
        return caseId;
    }

    /** Tests that need the place of arrest unknown, as an officer may record a custody without it. */
    static boolean withoutPlaceOfArrest;

    static UUID detained(String nationality, String province, Instant arrestedAt) {
        return detained(List.of(nationality), province, arrestedAt, false, "NONE");
    }

    static String toJsonList(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").toList().toString();
    }

    /** The obligations of a case, once the consumer has opened them. */
    static List<Map<String, Object>> obligationsOf(UUID caseId, int expected) {
        await().atMost(Duration.ofSeconds(30)).until(() -> as(KEMLU).queryParam("caseId", caseId.toString())
                .get("/api/v1/obligations").then().statusCode(200).extract().jsonPath().getList("$").size() == expected);
        return as(KEMLU).queryParam("caseId", caseId.toString()).get("/api/v1/obligations").then().extract().jsonPath().getList("$");
    }

    static String obligationOf(UUID caseId) {
        return (String) obligationsOf(caseId, 1).get(0).get("id");
    }

    static JsonPath read(String obligationId) {
        return as(KEMLU).get("/api/v1/obligations/" + obligationId).then().statusCode(200).extract().jsonPath();
    }

    static io.restassured.response.Response advise(String obligationId, String answer) {
        return as(KEMLU).contentType(ContentType.JSON).body(Map.of("advisedAt", Instant.now().minusSeconds(60).toString(),
                        "answer", answer, "language", "en", "interpreterUsed", false, "opposesConsularAccess", false,
                        "advisedBy", "Ni Made Sari, Kanim Ngurah Rai"))
                .post("/api/v1/obligations/" + obligationId + "/advisement");
    }

    static io.restassured.response.Response notice(String obligationId, Map<String, Object> body) {
        return as(KEMLU).contentType(ContentType.JSON).body(body).post("/api/v1/obligations/" + obligationId + "/notices");
    }

    static ConsumerRecord<String, String> consularEvent(String obligationId, String type) {
        return TestEvents.find(RealInfrastructure.kafkaClient(), Topics.CONSULAR_EVENTS,
                        r -> obligationId.equals(r.key()) && type.equals(TestEvents.header(r, CloudEventHeaders.TYPE)),
                        Duration.ofSeconds(20))
                .orElseThrow(() -> new AssertionError("no " + type + " for obligation " + obligationId));
    }

    static JsonPath data(ConsumerRecord<String, String> record) {
        return JsonPath.from(record.value());
    }

    @Test
    void anAustralianDetainedInBaliIsOwedANoticeToTheConsulateGeneralWithin72HoursShownInWita() {
        Instant arrest = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        UUID caseId = detained("AUS", "51", arrest);
        String id = obligationOf(caseId);

        JsonPath o = read(id);
        assertEquals("DETENTION", o.getString("trigger"));
        assertEquals("VCCR Art. 36(1)(b)", o.getString("legalBasis"));
        assertEquals("MANDATORY", o.getString("regime.regime"));
        assertEquals(List.of("BILATERAL_MANDATORY"), o.getList("regime.reasons"));
        assertEquals("AUS-CG-DPS", o.getString("regime.postCode"));
        assertTrue(o.getString("regime.explanation").contains("mandatory"), o.getString("regime.explanation"));
        assertEquals("WITA", o.getString("province.zone"));
        assertEquals(arrest.plus(Duration.ofHours(72)), Instant.parse(o.getString("clocks.find { it.clock == 'NOTIFICATION' }.dueAt")));
        assertTrue(o.getString("clocks.find { it.clock == 'NOTIFICATION' }.dueAtLocal").endsWith(" WITA"));
        assertEquals("RUNNING", o.getString("clocks.find { it.clock == 'NOTIFICATION' }.state"));
        assertEquals(arrest.plus(Duration.ofHours(6)), Instant.parse(o.getString("clocks.find { it.clock == 'ADVISEMENT' }.dueAt")));
        assertEquals("SMITH", o.getString("person.surname"));
        assertEquals("PA1234567", o.getString("person.documentNumber"));

        ConsumerRecord<String, String> opened = consularEvent(id, EventTypes.OBLIGATION_OPENED);
        assertFalse(opened.value().contains("SMITH"), "the shared topic carries no names");
        assertEquals("MANDATORY", data(consularEvent(id, EventTypes.REGIME_DETERMINED)).getString("regime"));
    }

    @Test
    void aChineseDetaineeWhoDeclinesClosesTheObligationAndReopensItOnChangingTheirMind() {
        String id = obligationOf(detained("CHN", "31", Instant.now().minus(2, ChronoUnit.HOURS)));
        assertEquals("ON_REQUEST", read(id).getString("regime.regime"));
        notice(id, Map.of("channel", "EMAIL")).then().statusCode(409)
                .body("detail", containsString("has not asked"));

        advise(id, "DECLINED").then().statusCode(201).body("answer", equalTo("DECLINED")).body("late", equalTo(false));
        assertEquals("DECLINED", read(id).getString("status"));
        assertEquals("NOTIFY_DECLINED", data(consularEvent(id, EventTypes.RIGHTS_ADVISED)).getString("answer"));
        notice(id, Map.of("channel", "EMAIL")).then().statusCode(409).body("detail", containsString("declined"));

        advise(id, "REQUESTED").then().statusCode(201);
        JsonPath reopened = read(id);
        assertEquals("OPEN", reopened.getString("status"));
        assertEquals("RUNNING", reopened.getString("clocks.find { it.clock == 'NOTIFICATION' }.state"));
        notice(id, Map.of("channel", "DIPLOMATIC_NOTE")).then().statusCode(201)
                .body("basis", equalTo("REQUESTED"))
                .body("referenceNumber", containsString("/KONS/"))
                .body("late", equalTo(false));
        assertEquals("NOTIFIED", read(id).getString("status"));
    }

    @Test
    void aDetaineeAdvisedInTimeWhoDeclinesAndLaterAsksIsOwedTheNoticeWithin72HoursOfTheRequest() {
        Instant arrest = Instant.now().minus(100, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        String id = obligationOf(detained("CHN", "31", arrest));
        as(KEMLU).contentType(ContentType.JSON).body(Map.of("advisedAt", arrest.plus(Duration.ofHours(1)).toString(),
                        "answer", "DECLINED", "language", "zh", "interpreterUsed", true, "opposesConsularAccess", false,
                        "advisedBy", "Officer on duty, Rudenim Jakarta"))
                .post("/api/v1/obligations/" + id + "/advisement").then().statusCode(201).body("late", equalTo(false));
        Instant asked = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        as(KEMLU).contentType(ContentType.JSON).body(Map.of("advisedAt", asked.toString(),
                        "answer", "REQUESTED", "language", "zh", "interpreterUsed", true, "opposesConsularAccess", false,
                        "advisedBy", "Officer on duty, Rudenim Jakarta"))
                .post("/api/v1/obligations/" + id + "/advisement").then().statusCode(201);
        JsonPath o = read(id);
        assertEquals("OPEN", o.getString("status"));
        assertEquals(asked.plus(Duration.ofHours(72)), Instant.parse(o.getString("clocks.find { it.clock == 'NOTIFICATION' }.dueAt")));
        assertEquals("RUNNING", o.getString("clocks.find { it.clock == 'NOTIFICATION' }.state"), "not overdue on asking");
    }

    @Test
    void anUnspecifiedNationalityIsPendingOnItsOwnClockAndOnceEstablishedTheOrdinaryRegimeApplies() {
        Instant arrest = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        UUID caseId = UUID.randomUUID();
        UUID custodyId = UUID.randomUUID();
        detained(caseId, custodyId, List.of("XXX"), "51", arrest, false, "NONE");
        String id = obligationOf(caseId);
        JsonPath pending = read(id);
        assertEquals("PENDING", pending.getString("regime.regime"));
        assertEquals(List.of("NATIONALITY_UNKNOWN"), pending.getList("regime.reasons"));
        assertEquals("OPEN", pending.getString("status"));
        assertEquals(arrest.plus(Duration.ofHours(72)), Instant.parse(pending.getString("clocks.find { it.clock == 'NATIONALITY' }.dueAt")));
        assertEquals(arrest.plus(Duration.ofHours(6)), Instant.parse(pending.getString("clocks.find { it.clock == 'ADVISEMENT' }.dueAt")),
                "the person is told of the right meanwhile");
        notice(id, Map.of("channel", "EMAIL")).then().statusCode(409).body("detail", containsString("XXX"));
        advise(id, "REQUESTED").then().statusCode(201);

        watch.scan(arrest.plus(Duration.ofHours(73)));
        List<Map<String, Object>> alerts = read(id).getList("alerts");
        assertEquals(1, alerts.stream().filter(a -> a.get("clock").equals("NATIONALITY") && a.get("level").equals("BREACH")).count());
        assertEquals(0, alerts.stream().filter(a -> a.get("clock").equals("NOTIFICATION")).count());
        assertEquals("NATIONALITY", data(consularEvent(id, EventTypes.DEADLINE_BREACHED)).getString("clock"));

        // Imigrasi establishes the nationality and issues the custody notice again.
        detained(caseId, custodyId, List.of("AUS"), "51", arrest, false, "NONE");
        await().atMost(Duration.ofSeconds(30)).until(() -> "AUS".equals(read(id).getString("nationality")));
        JsonPath established = read(id);
        assertEquals("MANDATORY", established.getString("regime.regime"));
        assertEquals(List.of("BILATERAL_MANDATORY"), established.getList("regime.reasons"));
        assertEquals(arrest.plus(Duration.ofHours(72)), Instant.parse(established.getString("clocks.find { it.clock == 'NOTIFICATION' }.dueAt")));
        assertEquals(1, obligationsOf(caseId, 1).size(), "the same obligation, not a second one");
    }

    @Test
    void taiwanIsToldByAPlainLetterToTetoNeverByADiplomaticNote() {
        String id = obligationOf(detained("TWN", "31", Instant.now().minus(2, ChronoUnit.HOURS)));
        assertTrue(read(id).getString("regime.explanation").contains("not a diplomatic note"));
        advise(id, "REQUESTED").then().statusCode(201);
        notice(id, Map.of("channel", "DIPLOMATIC_NOTE")).then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("channel"));
        assertEquals(0, read(id).getList("notices").size(), "nothing was sent");
        notice(id, Map.of("channel", "EMAIL")).then().statusCode(201);
        String letter = as(KEMLU).accept("text/html").queryParam("lang", "en").get("/api/v1/obligations/" + id + "/letter")
                .then().statusCode(200).extract().asString();
        assertTrue(letter.contains(">LETTER<") && letter.contains("provided as a courtesy"), letter);
        assertFalse(letter.contains("DIPLOMATIC NOTE") || letter.contains("Vienna Convention"));
    }

    @Test
    void aMandatoryNoticeGoesEvenWhenThePersonObjectsAndTheObjectionIsRecorded() {
        String id = obligationOf(detained("PHL", "71", Instant.now().minus(3, ChronoUnit.HOURS)));
        as(KEMLU).contentType(ContentType.JSON).body(Map.of("advisedAt", Instant.now().minusSeconds(60).toString(),
                        "answer", "DECLINED", "language", "tl", "interpreterUsed", true, "interpreterName", "R. Santos",
                        "opposesConsularAccess", true, "advisedBy", "Officer on duty, Rudenim Manado"))
                .post("/api/v1/obligations/" + id + "/advisement").then().statusCode(201);
        JsonPath o = read(id);
        assertEquals("OPEN", o.getString("status"));
        assertEquals(true, o.getBoolean("advisements[0].opposesConsularAccess"));
        assertEquals("R. Santos", o.getString("advisements[0].interpreterName"));
        notice(id, Map.of("channel", "EMAIL")).then().statusCode(201).body("basis", equalTo("MANDATORY"));
    }

    @Test
    void aNoticeAfterTheDeadlineIsStillSentAndMarkedLate() {
        Instant arrest = Instant.now().minus(5, ChronoUnit.DAYS);
        String id = obligationOf(detained("AUS", "31", arrest));
        assertEquals("BREACHED", read(id).getString("clocks.find { it.clock == 'NOTIFICATION' }.state"));
        as(KEMLU).queryParam("overdue", true).queryParam("nationality", "AUS").get("/api/v1/obligations").then()
                .statusCode(200).body("id", hasItem(id));

        notice(id, Map.of("channel", "EMAIL")).then().statusCode(201)
                .body("late", equalTo(true))
                .body("sentAtLocal", endsWith(" WIB"));
        JsonPath o = read(id);
        assertEquals("MET_LATE", o.getString("clocks.find { it.clock == 'NOTIFICATION' }.state"));
        assertTrue(o.getLong("derived.notificationDelayMinutes") >= 5 * 24 * 60);
        assertTrue(data(consularEvent(id, EventTypes.NOTICE_SENT)).getBoolean("late"));
        advise(id, "REQUESTED").then().statusCode(201).body("late", equalTo(true)); // the advisement was overdue too
        as(KEMLU).queryParam("overdue", true).queryParam("nationality", "AUS").get("/api/v1/obligations").then()
                .statusCode(200).body("id", not(hasItem(id)));
    }

    @Test
    void theWatchWarnsAt24HoursAndReportsABreachAt72HoursOnceEachWithoutWaiting() {
        Instant arrest = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        String id = obligationOf(detained("AUS", "94", arrest));
        advise(id, "REQUESTED").then().statusCode(201); // only the notification clock runs on
        watch.scan(arrest.plus(Duration.ofHours(1)));
        assertEquals(0, read(id).getInt("derived.escalationLevel"));

        long version = read(id).getLong("version");
        watch.scan(arrest.plus(Duration.ofHours(25)));
        assertEquals(1, read(id).getInt("derived.escalationLevel"));
        // the watch does not touch the obligation's version: an officer's write in flight at that moment still succeeds
        assertEquals(version, read(id).getLong("version"));
        assertEquals("NOTIFICATION", data(consularEvent(id, EventTypes.DEADLINE_WARNING_RAISED)).getString("clock"));

        watch.scan(arrest.plus(Duration.ofHours(73)));
        watch.scan(arrest.plus(Duration.ofHours(74)));
        JsonPath o = read(id);
        assertEquals(2, o.getInt("derived.escalationLevel"));
        List<Map<String, Object>> alerts = o.getList("alerts");
        assertEquals(1, alerts.stream().filter(a -> a.get("clock").equals("NOTIFICATION") && a.get("level").equals("BREACH")).count());
        assertEquals(0, alerts.stream().filter(a -> a.get("clock").equals("ADVISEMENT")).count());
        JsonPath breach = data(consularEvent(id, EventTypes.DEADLINE_BREACHED));
        assertEquals("NOTIFICATION", breach.getString("clock"));
        assertEquals(arrest.plus(Duration.ofHours(72)), Instant.parse(breach.getString("dueAt")));
    }

    @Test
    void anAsylumSeekersCountryIsNotToldUntilASupervisorOverridesWithAReason() {
        String id = obligationOf(detained(List.of("RUS"), "31", Instant.now().minus(1, ChronoUnit.HOURS), true, "NONE"));
        JsonPath o = read(id);
        assertEquals("SUPPRESSED", o.getString("status"));
        assertEquals(List.of("ASYLUM_SEEKER_OR_REFUGEE", "VCCR_DEFAULT"), o.getList("regime.reasons"));
        notice(id, Map.of("channel", "EMAIL")).then().statusCode(409).body("detail", containsString("supervisor"));
        asMissionOfficerOf("RUS").get("/api/v1/obligations/" + id).then().statusCode(404);

        Map<String, Object> override = Map.of("reason", "The person withdrew the asylum claim in writing and asks for consular help");
        as(KEMLU).contentType(ContentType.JSON).body(override).post("/api/v1/obligations/" + id + "/override").then().statusCode(403);
        as(SUPERVISOR).contentType(ContentType.JSON).body(Map.of("reason", "too short"))
                .post("/api/v1/obligations/" + id + "/override").then().statusCode(400).body(containsString("reason"));
        as(SUPERVISOR).contentType(ContentType.JSON).body(override).post("/api/v1/obligations/" + id + "/override").then()
                .statusCode(200)
                .body("regime.regime", equalTo("ON_REQUEST"))
                .body("regime.reasons", hasItem("SUPERVISED_OVERRIDE"))
                .body("regime.overrideReason", equalTo(override.get("reason")))
                .body("regime.overrideBy", notNullValue());

        advise(id, "REQUESTED").then().statusCode(201);
        notice(id, Map.of("channel", "EMAIL")).then().statusCode(201).body("basis", equalTo("SUPERVISED_OVERRIDE"));
    }

    @Test
    void aDualNationalIsOwedOneObligationPerNationalityAndAnIndonesianCitizenNone() {
        List<Map<String, Object>> dual = obligationsOf(detained(List.of("AUS", "GBR"), "51", Instant.now(), false, "NONE"), 2);
        assertEquals(List.of("AUS", "GBR"), dual.stream().map(o -> (String) o.get("nationality")).sorted().toList());

        List<Map<String, Object>> indonesian = obligationsOf(detained(List.of("NLD", "IDN"), "31", Instant.now(), false, "NONE"), 1);
        JsonPath o = read((String) indonesian.get(0).get("id"));
        assertEquals("NOT_APPLICABLE", o.getString("status"));
        assertEquals(List.of("INDONESIAN_NATIONAL"), o.getList("regime.reasons"));
        advise(o.getString("id"), "REQUESTED").then().statusCode(409);
    }

    @Test
    void aDiplomatIsEscalatedToProtocolAndAConsularOfficersHeadOfPostIsNotified() {
        JsonPath diplomat = read(obligationOf(detained(List.of("RUS"), "31", Instant.now(), false, "DIPLOMATIC_AGENT")));
        assertEquals("ESCALATED", diplomat.getString("status"));
        assertEquals(List.of("DIPLOMATIC_IMMUNITY"), diplomat.getList("regime.reasons"));
        notice(diplomat.getString("id"), Map.of("channel", "DIPLOMATIC_NOTE")).then().statusCode(409);

        String consul = obligationOf(detained(List.of("CHN"), "31", Instant.now(), false, "CONSULAR_OFFICER"));
        JsonPath o = read(consul);
        assertEquals("CONSULAR_STAFF_ARREST", o.getString("trigger"));
        assertEquals("VCCR Art. 42", o.getString("legalBasis"));
        notice(consul, Map.of("channel", "DIPLOMATIC_NOTE")).then().statusCode(201).body("basis", equalTo("ARTICLE_42"));
    }

    @Test
    void aMissionOfficerSeesAndAcknowledgesOnlyItsOwnNationalsNotices() {
        String id = obligationOf(detained("AUS", "51", Instant.now().minus(1, ChronoUnit.HOURS)));
        asMissionOfficerOf("AUS").get("/api/v1/obligations/" + id).then().statusCode(404); // nothing sent to the post yet
        String noticeId = notice(id, Map.of("channel", "PORTAL")).then().statusCode(201).extract().path("id");

        asMissionOfficerOf("CHN").get("/api/v1/obligations/" + id).then().statusCode(404);
        asMissionOfficerOf("CHN").get("/api/v1/obligations").then().statusCode(200).body("nationality", everyItem(equalTo("CHN")));
        asMissionOfficerOf("CHN").contentType(ContentType.JSON).body("{}")
                .post("/api/v1/obligations/" + id + "/notices/" + noticeId + "/acknowledgement").then().statusCode(404);
        asMissionOfficerOf("AUS").queryParam("nationality", "CHN").get("/api/v1/obligations").then().statusCode(200)
                .body("size()", equalTo(0));

        asMissionOfficerOf("AUS").get("/api/v1/obligations").then().statusCode(200).body("id", hasItem(id));
        asMissionOfficerOf("AUS").contentType(ContentType.JSON).body("{}")
                .post("/api/v1/obligations/" + id + "/notices/" + noticeId + "/acknowledgement").then().statusCode(200)
                .body("acknowledgementChannel", equalTo("PORTAL"))
                .body("acknowledgedAt", notNullValue());
        assertEquals("ACKNOWLEDGED", read(id).getString("status"));
        assertEquals(noticeId, data(consularEvent(id, EventTypes.NOTICE_ACKNOWLEDGED)).getString("noticeId"));
        asMissionOfficerOf("AUS").contentType(ContentType.JSON).body("{}")
                .post("/api/v1/obligations/" + id + "/notices/" + noticeId + "/acknowledgement").then().statusCode(409);
        asMissionOfficerOf("AUS").contentType(ContentType.JSON).body(Map.of("channel", "EMAIL"))
                .post("/api/v1/obligations/" + id + "/notices").then().statusCode(403);
    }

    /** A follow-up of the custody of {@code caseId}, as case-service issues it. */
    static void followUp(UUID caseId, String obligationId, String stage, Instant occurredAt, Instant scheduledAt) {
        String custodyId = read(obligationId).getString("custodyId");
        TestEvents.send(RealInfrastructure.kafkaClient(), Topics.CUSTODY_NOTICES, caseId.toString(), UUID.randomUUID().toString(),
                EventTypes.CUSTODY_FOLLOW_UP_ISSUED, """
                        {"caseId":"%s","custodyId":"%s","personRef":"%s","stage":"%s","occurredAt":"%s",%s
                         "court":"Pengadilan Negeri Denpasar","issuedAt":"%s"}""".formatted(caseId, custodyId, UUID.randomUUID(),
                        stage, occurredAt, scheduledAt == null ? "" : "\"scheduledAt\":\"" + scheduledAt + "\",", Instant.now()));
    }

    @Test
    void deathPenaltyStagesAreWatchedAndToldEvenWhenThePersonDeclinedAndTheLetterNeverSaysTheyAsked() {
        Instant arrest = Instant.now().minus(200, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        UUID caseId = detained("CHN", "51", arrest);
        String id = obligationOf(caseId);
        advise(id, "DECLINED").then().statusCode(201);
        assertEquals("DECLINED", read(id).getString("status"));

        Instant sentenced = Instant.now().minus(80, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        followUp(caseId, id, "DEATH_SENTENCE_CLEMENCY_DECIDED", sentenced, null);
        await().atMost(Duration.ofSeconds(30)).until(() -> read(id).getList("followUps").size() == 1);
        assertEquals(sentenced.plus(Duration.ofHours(72)), Instant.parse(read(id).getString("followUps[0].dueAt")));

        watch.scan(Instant.now());
        JsonPath o = read(id);
        List<Map<String, Object>> alerts = o.getList("alerts");
        assertEquals(1, alerts.stream().filter(a -> a.get("clock").equals("NOTIFICATION") && a.get("level").equals("BREACH")).count(),
                "the follow-up past its deadline is a breach although the person declined");
        assertEquals(2, o.getInt("derived.escalationLevel"));
        as(KEMLU).queryParam("overdue", true).queryParam("caseId", caseId.toString()).get("/api/v1/obligations").then()
                .statusCode(200).body("id", hasItem(id));

        String noticeId = notice(id, Map.of("channel", "DIPLOMATIC_NOTE", "followUpId", o.getString("followUps[0].id")))
                .then().statusCode(201).body("basis", equalTo("DEATH_PENALTY_CASE")).body("late", equalTo(true))
                .extract().jsonPath().getString("id");
        String letter = as(KEMLU).accept("text/html").queryParam("lang", "en").queryParam("noticeId", noticeId)
                .get("/api/v1/obligations/" + id + "/letter").then().statusCode(200).extract().asString();
        assertTrue(letter.contains("faces the death penalty"), letter);
        assertFalse(letter.contains("at the request of the person concerned") || letter.contains("Requested by the person concerned"));
    }

    @Test
    void theConvictsExecutionNoticeMakesThePostDueWithin24HoursAndAnUntoldExecutionAsUrgent() {
        UUID caseId = detained("AUS", "51", Instant.now().minus(400, ChronoUnit.DAYS));
        String id = obligationOf(caseId);
        Instant scheduledAt = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        Instant execution = Instant.now().plus(71, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        followUp(caseId, id, "EXECUTION_SCHEDULED", scheduledAt, execution);
        await().atMost(Duration.ofSeconds(30)).until(() -> read(id).getList("followUps").size() == 1);
        assertEquals(scheduledAt.plus(Duration.ofHours(72)), Instant.parse(read(id).getString("followUps[0].dueAt")));

        Instant told = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        followUp(caseId, id, "EXECUTION_NOTICE_GIVEN", told, execution);
        await().atMost(Duration.ofSeconds(30)).until(() -> read(id).getList("followUps").size() == 2);
        JsonPath o = read(id);
        assertEquals(told.plus(Duration.ofHours(24)), Instant.parse(o.getString("followUps.find { it.stage == 'EXECUTION_NOTICE_GIVEN' }.dueAt")));
        assertEquals(told.plus(Duration.ofHours(24)), Instant.parse(o.getString("followUps.find { it.stage == 'EXECUTION_SCHEDULED' }.dueAt")),
                "the execution not yet told is as urgent as the notice");
    }

    @Test
    void aTransferIsAFollowUpOwedToThePostAndToldOnce() {
        UUID caseId = detained("AUS", "51", Instant.now().minus(2, ChronoUnit.HOURS));
        String id = obligationOf(caseId);
        String custodyId = read(id).getString("custodyId");
        Instant moved = Instant.now().minus(30, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        TestEvents.send(RealInfrastructure.kafkaClient(), Topics.CUSTODY_NOTICES, caseId.toString(), UUID.randomUUID().toString(),
                EventTypes.CUSTODY_FOLLOW_UP_ISSUED, """
                        {"caseId":"%s","custodyId":"%s","personRef":"%s","stage":"TRANSFER","occurredAt":"%s",
                         "newPlaceOfDetention":{"facilityType":"LAPAS","name":"Lapas Kerobokan","province":"51"},
                         "issuedAt":"%s"}""".formatted(caseId, custodyId, UUID.randomUUID(), moved, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> read(id).getList("followUps").size() == 1);
        JsonPath o = read(id);
        assertEquals("TRANSFER", o.getString("followUps[0].stage"));
        assertEquals(moved.plus(Duration.ofHours(72)), Instant.parse(o.getString("followUps[0].dueAt")));
        String followUpId = o.getString("followUps[0].id");

        notice(id, Map.of("channel", "EMAIL", "kind", "FOLLOW_UP")).then().statusCode(422).body(containsString("followUpId"));
        notice(id, Map.of("channel", "EMAIL", "followUpId", followUpId)).then().statusCode(201).body("kind", equalTo("FOLLOW_UP"));
        notice(id, Map.of("channel", "EMAIL", "followUpId", followUpId)).then().statusCode(409);
        assertEquals(followUpId, read(id).getString("notices.find { it.kind == 'FOLLOW_UP' }.followUpId"));
    }

    @Test
    void aDeathIsNotifiedWithoutAnyAdvisementAndAWreckConcernsItsFlagState() {
        UUID caseId = UUID.randomUUID();
        TestEvents.send(RealInfrastructure.kafkaClient(), Topics.CUSTODY_NOTICES, caseId.toString(), UUID.randomUUID().toString(),
                EventTypes.DEATH_NOTICE_ISSUED, """
                        {"caseId":"%s","personRef":"%s","person":{"surname":"MÜLLER","sex":"F","nationalities":["DEU"]},
                         "diedOn":"2026-11-27","placeOfDeath":"RSUP Sanglah","province":"Bali","cause":"drowning",
                         "remainsLocation":"Instalasi Forensik RSUP Sanglah","nextOfKin":[],"inCustody":false,
                         "issuedAt":"%s"}""".formatted(caseId, UUID.randomUUID(), Instant.now()));
        JsonPath death = read(obligationOf(caseId));
        assertEquals("DEATH", death.getString("trigger"));
        assertEquals("MANDATORY", death.getString("regime.regime"));
        assertEquals(List.of("DEATH_ALWAYS_NOTIFIED").get(0), death.getList("regime.reasons").get(0));
        // died on 27 Nov (local day in Bali): the clock runs from that day's start, WITA
        assertEquals("2026-11-26T16:00:00Z", death.getString("triggeredAt"));
        assertEquals(nullValue().matches(death.get("clocks.find { it.clock == 'ADVISEMENT' }.dueAt")), true);
        advise(death.getString("id"), "REQUESTED").then().statusCode(409);

        UUID wreck = UUID.randomUUID();
        TestEvents.send(RealInfrastructure.kafkaClient(), Topics.CASE_EVENTS, wreck.toString(), UUID.randomUUID().toString(),
                EventTypes.WRECK_OR_CRASH_RECORDED, """
                        {"caseId":"%s","craftType":"SHIP","flagState":"PAN","craft":"MV Ocean Star","occurredAt":"2026-11-28T01:00:00Z",
                         "province":"21","personsOnBoard":18,"recordedAt":"%s"}""".formatted(wreck, Instant.now()));
        JsonPath w = read(obligationOf(wreck));
        assertEquals("WRECK_OR_AIR_ACCIDENT", w.getString("trigger"));
        assertEquals("PAN", w.getString("nationality"));
        assertEquals(null, w.getString("personRef"));
        assertEquals("VCCR Art. 37(c)", w.getString("legalBasis"));
    }

    @Test
    void aCustodyRecordedWithoutThePlaceOfArrestStillReachesKemlu() {
        withoutPlaceOfArrest = true;
        UUID caseId;
        try {
            caseId = detained("AUS", "51", Instant.now().minus(1, ChronoUnit.HOURS));
        } finally {
            withoutPlaceOfArrest = false;
        }
        String id = obligationOf(caseId);
        as(KEMLU).accept("text/html").queryParam("lang", "en").get("/api/v1/obligations/" + id + "/letter").then()
                .statusCode(200).body(containsString("SMITH"), not(containsString("null")));
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndChangesNothing() {
        String id = obligationOf(detained("CHN", "31", Instant.now().minus(1, ChronoUnit.HOURS)));
        as(KEMLU).contentType(ContentType.JSON).body(Map.of("advisedAt", Instant.now().toString(), "answer", "REQUESTED",
                        "language", "English", "advisedBy", "x"))
                .post("/api/v1/obligations/" + id + "/advisement").then().statusCode(400)
                .contentType("application/problem+json").body(containsString("language"));
        as(KEMLU).contentType(ContentType.JSON).body(Map.of("advisedAt", Instant.now().plus(Duration.ofDays(1)).toString(),
                        "answer", "REQUESTED", "language", "en", "advisedBy", "x"))
                .post("/api/v1/obligations/" + id + "/advisement").then().statusCode(422).body(containsString("advisedAt"));
        assertEquals(0, read(id).getList("advisements").size());
        as(KEMLU).get("/api/v1/obligations/" + UUID.randomUUID()).then().statusCode(404);
        as(KEMLU).queryParam("status", "sleeping").get("/api/v1/obligations").then().statusCode(400).body(containsString("status"));
    }

    @Test
    void readingWhoAnObligationIsAboutIsAudited() {
        String id = obligationOf(detained("AUS", "51", Instant.now()));
        as(KEMLU, "officer-audit-check").header("X-Purpose", "preparing the notice").get("/api/v1/obligations/" + id).then()
                .statusCode(200);
        as("auditor").queryParam("subject", "officer-audit-check").get("/api/v1/audit").then().statusCode(200)
                .body("resource", hasItem(id)).body("purpose", hasItem("preparing the notice"));
    }
}
