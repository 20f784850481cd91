package id.go.wna.system;

import id.go.wna.infra.LocalKeys;
import id.go.wna.infra.ServiceSpec;
import id.go.wna.infra.WnaSystem;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static id.go.wna.system.SystemClient.eventually;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed's story end to end, against the four packaged services as processes with a real Kafka broker and real
 * PostgreSQL (the same start as {@code ./wna up}), driven only through the public HTTP APIs. Each scenario uses its
 * own nationality so the dashboard's and reciprocity's per-country figures can be counted exactly; the broker outage
 * runs last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeedStoryScenariosTest {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private static WnaSystem system;
    private static SystemClient api;

    @BeforeAll
    static void startTheWholeSystem() {
        long t0 = System.nanoTime();
        system = SystemClient.startSystem("wna-scenarios", "_scenarios", "[scenarios] ");
        System.out.printf("[scenarios] ready in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        api = new SystemClient(system);
    }

    @AfterAll
    static void stopTheWholeSystem() {
        if (system != null) {
            system.close();
        }
    }

    private static Instant ago(long minutes) {
        return Instant.now().minus(minutes, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
    }

    private static Map<String, Object> custodyIn(String facilityCode, String facilityName, String province, Instant startedAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("custodyType", "IMMIGRATION_DETENTION");
        body.put("facilityType", facilityCode == null ? "POLICE_CELL" : "RUDENIM");
        if (facilityCode != null) {
            body.put("facilityCode", facilityCode);
        }
        body.put("facilityName", facilityName);
        body.put("province", province);
        body.put("arrestingAuthority", "IMIGRASI");
        body.put("startedAt", startedAt.toString());
        return body;
    }

    private static JsonPath startCustody(String caseId, Map<String, Object> body) {
        return api.imigrasi().body(body).when().post("/api/v1/cases/" + caseId + "/custody")
                .then().statusCode(201).extract().jsonPath();
    }

    private static Map<String, Object> advisement(Instant at, String answer, boolean opposes) {
        return Map.of("advisedAt", at.toString(), "answer", answer, "language", "en", "interpreterUsed", false,
                "opposesConsularAccess", opposes, "advisedBy", "Ni Made Sari, Kanim Ngurah Rai");
    }

    /** The reciprocity profile of a country for the current UTC month, recomputed first. */
    private static JsonPath recomputedAssessment(String iso3) {
        String period = YearMonth.now(ZoneOffset.UTC).toString();
        api.analyst("reciprocity-service").queryParam("period", period).when().post("/api/v1/assessments/recompute")
                .then().statusCode(200);
        return api.analyst("reciprocity-service").queryParam("period", period).when().get("/api/v1/countries/" + iso3 + "/assessment")
                .then().statusCode(200).extract().jsonPath();
    }

    private static Long inbound(JsonPath profile, String fact) {
        Number n = profile.get("facts.inbound." + fact);
        return n == null ? null : n.longValue();
    }

    /**
     * Seed scenario: an Australian (bilateral mandatory notification) arrested in Bali for misusing a stay permit
     * (UU 6/2011 Pasal 122 a), from custody to deportation, with Kemlu's side, the post's acknowledgement and visit,
     * reciprocity's facts and the dashboard following.
     */
    @Test
    @Order(1)
    void anAustralianArrestedInBaliForStayPermitMisuseIsNotifiedDespiteDecliningVisitedDeportedAndEveryViewFollows() {
        String personId = api.registerPerson("AUS", "WHITFIELD", "SAMUEL JOHN", LocalDate.of(1990, 7, 2), "M", Map.of());
        String caseId = api.openCase("IMMIGRATION_CRIME", "AUS", "Bali", personId);
        eventually().untilAsserted(() -> {
            JsonPath s = api.summary("AUS");
            assertEquals(1, s.getInt("openCases"));
            assertEquals(0, s.getInt("inCustody"));
            assertEquals(0, s.getInt("compliance.noticesSent"));
        });
        // Reciprocity before the custody: the case is known, no arrest owed a notice yet.
        JsonPath before = eventually().until(() -> {
            try {
                return recomputedAssessment("AUS");
            } catch (AssertionError notYet) {
                return null;
            }
        }, p -> p != null);
        Long owedBefore = inbound(before, "arrestsOwedNotice");
        Long within72Before = inbound(before, "notifiedWithin72h");
        assertTrue(owedBefore == null || owedBefore == 0, "no arrest owed a notice yet: " + before.prettify());

        api.move(caseId, "VERIFIED", "Identity confirmed from the passport");
        api.move(caseId, "ACTIVE:INVESTIGATION", "Working as a surf instructor on a tourist visa");

        Instant startedAt = ago(180);
        JsonPath custody = startCustody(caseId, custodyIn("RUDENIM-DENPASAR", "Rudenim Denpasar", "Bali", startedAt));
        String custodyId = custody.getString("id");
        api.imigrasi().body(Map.of("article", "122 a", "committedOn", LocalDate.now(WITA).minusDays(20).toString(),
                        "description", "Stay permit used for paid work"))
                .when().post("/api/v1/cases/" + caseId + "/offences").then().statusCode(201);
        eventually().untilAsserted(() -> assertEquals(1, api.summary("AUS").getInt("inCustody")));

        // Kemlu: one obligation, mandatory under the bilateral arrangement, due 72 h after the arrest, shown in WITA.
        String obligationId = api.theObligationOf(caseId);
        JsonPath o = api.obligation(obligationId);
        assertEquals("DETENTION", o.getString("trigger"));
        assertEquals(custodyId, o.getString("custodyId"));
        assertEquals("MANDATORY", o.getString("regime.regime"));
        assertTrue(o.getList("regime.reasons").contains("BILATERAL_MANDATORY"), o.getList("regime.reasons").toString());
        assertEquals("AUS-CG-DPS", o.getString("regime.postCode"));
        assertEquals("OPEN", o.getString("status"));
        assertEquals(startedAt.plus(Duration.ofHours(72)),
                Instant.parse(o.getString("clocks.find { it.clock == 'NOTIFICATION' }.dueAt")));
        assertTrue(o.getString("clocks.find { it.clock == 'NOTIFICATION' }.dueAtLocal").endsWith(" WITA"));

        // The person declines; under a mandatory regime the notice is still owed, the objection recorded.
        api.kemlu().body(advisement(startedAt.plus(20, ChronoUnit.MINUTES), "DECLINED", true))
                .when().post("/api/v1/obligations/" + obligationId + "/advisement").then().statusCode(201);
        o = api.obligation(obligationId);
        assertEquals("OPEN", o.getString("status"), "a mandatory obligation stays owed after a refusal");
        assertEquals("DECLINED", o.getString("advisements[0].answer"));
        assertEquals(true, o.getBoolean("advisements[0].opposesConsularAccess"));

        JsonPath notice = api.kemlu().body(Map.of("channel", "DIPLOMATIC_NOTE", "sentAt", startedAt.plus(1, ChronoUnit.HOURS).toString()))
                .when().post("/api/v1/obligations/" + obligationId + "/notices")
                .then().statusCode(201).body("basis", equalTo("MANDATORY")).body("postCode", equalTo("AUS-CG-DPS"))
                .body("late", equalTo(false)).body("sentAtLocal", endsWith(" WITA")).extract().jsonPath();
        String noticeId = notice.getString("id");

        // The post's own mission officer sees it and acknowledges it; another country's does not see it.
        api.missionOfficer("NZL", "notification-service").when().get("/api/v1/obligations/" + obligationId).then().statusCode(404);
        api.missionOfficer("AUS", "notification-service").body(Map.of("acknowledgedAt", startedAt.plus(90, ChronoUnit.MINUTES).toString()))
                .when().post("/api/v1/obligations/" + obligationId + "/notices/" + noticeId + "/acknowledgement")
                .then().statusCode(200).body("acknowledgedAt", notNullValue());
        assertEquals("ACKNOWLEDGED", api.obligation(obligationId).getString("status"));

        // Consular access: requested by the post, reviewed, approved, scheduled, conducted.
        String accessId = api.kemlu().body(Map.of("obligationId", obligationId, "mode", "IN_PERSON", "requestedBy", "POST",
                        "requestedAt", startedAt.plus(100, ChronoUnit.MINUTES).toString()))
                .when().post("/api/v1/access-requests").then().statusCode(201).body("status", equalTo("REQUESTED"))
                .extract().path("id");
        accessStep(accessId, Map.of("to", "UNDER_REVIEW", "at", startedAt.plus(110, ChronoUnit.MINUTES).toString()), "UNDER_REVIEW");
        accessStep(accessId, Map.of("to", "APPROVED", "at", startedAt.plus(120, ChronoUnit.MINUTES).toString()), "APPROVED");
        accessStep(accessId, Map.of("to", "SCHEDULED", "at", startedAt.plus(125, ChronoUnit.MINUTES).toString(),
                "scheduledAt", startedAt.plus(140, ChronoUnit.MINUTES).toString(), "place", "Visiting room, Rudenim Denpasar"), "SCHEDULED");
        accessStep(accessId, Map.of("to", "CONDUCTED", "at", startedAt.plus(140, ChronoUnit.MINUTES).toString(),
                "durationMinutes", 30, "visitors", "Consul, AUS-CG-DPS"), "CONDUCTED");
        JsonPath visited = api.obligation(obligationId);
        assertEquals(1, visited.getInt("derived.visitsConducted"));
        assertEquals(0, visited.getInt("derived.daysToFirstVisit"));

        // Imigrasi decides the deportation, the person leaves: custody ends (DEPORTED), the case resolves as DEPORTED.
        api.move(caseId, "ACTIVE:DETAINED_AWAITING_DEPORTATION", "Deportation ordered");
        String actionId = api.imigrasi().body(Map.of("actionType", "DEPORTATION",
                        "decisionNumber", "W20.IMI.1-GR.02.03-" + System.nanoTime(), "decidedOn", LocalDate.now(WIB).toString(),
                        "reason", "Stay permit misused for paid work (Pasal 122 a)",
                        "deportation", Map.of("destinationCountry", "AUS", "costBorneBy", "PERSON",
                                "entryBanUntil", LocalDate.now(WIB).plusYears(1).toString())))
                .when().post("/api/v1/cases/" + caseId + "/administrative-actions").then().statusCode(201).extract().path("id");
        api.imigrasi().body(Map.of("departedAt", ago(1).toString(), "portOfExit", "TPI-DPS"))
                .when().post("/api/v1/cases/" + caseId + "/administrative-actions/" + actionId + "/deportation/completion")
                .then().statusCode(200).body("portOfExit", equalTo("TPI-DPS"));
        JsonPath resolved = api.caseFile(caseId);
        assertEquals("RESOLVED", resolved.getString("status"));
        assertEquals("DEPORTED", resolved.getString("outcome"));
        assertEquals(custodyId, resolved.getString("timeline.find { it.type == 'CUSTODY_ENDED' }.ref"));
        assertTrue(resolved.getString("timeline.find { it.type == 'CUSTODY_ENDED' }.summary").endsWith("DEPORTED"),
                resolved.getString("timeline.find { it.type == 'CUSTODY_ENDED' }.summary"));

        // The case's timeline carries both sides, each consular step once.
        eventually().untilAsserted(() -> {
            JsonPath c = api.caseFile(caseId);
            for (String type : List.of("CONSULAR_OBLIGATION_OPENED", "CONSULAR_NOTICE_SENT", "CONSULAR_NOTICE_ACKNOWLEDGED",
                    "CONSULAR_VISIT_CONDUCTED")) {
                assertEquals(List.of("KEMLU"), c.getList("timeline.findAll { it.type == '" + type + "' }.source"), type);
            }
            for (String type : List.of("CUSTODY_STARTED", "OFFENCE_RECORDED", "DEPORTATION_DECIDED", "DEPORTATION_COMPLETED",
                    "CUSTODY_ENDED")) {
                assertEquals(1, c.getList("timeline.findAll { it.type == '" + type + "' }").size(), type);
            }
        });
        // Kemlu heard of the deportation: the follow-up owed to the post, and the custody over.
        eventually().untilAsserted(() -> assertEquals(List.of("DEPORTATION"), api.obligation(obligationId).getList("followUps.stage")));

        // Reciprocity: the arrest owed a notice and notified within 72 h, the visit and the deportation now count.
        eventually().untilAsserted(() -> {
            JsonPath after = recomputedAssessment("AUS");
            assertEquals(1L, inbound(after, "arrestsOwedNotice"), after.prettify());
            assertEquals(1L, inbound(after, "notifiedWithin72h"));
            assertEquals(1L, inbound(after, "accessConducted"));
            assertEquals(1L, inbound(after, "acknowledgements"));
            assertEquals(1L, inbound(after, "deportations"));
        });
        assertTrue(within72Before == null || within72Before == 0);

        // The dashboard: custody up then down, the notice counted, no open case left.
        eventually().untilAsserted(() -> {
            JsonPath s = api.summary("AUS");
            assertEquals(0, s.getInt("inCustody"));
            assertEquals(0, s.getInt("openCases"));
            assertEquals(1, s.getInt("compliance.noticesSent"));
            assertEquals(1, s.getInt("compliance.within72h"));
            assertEquals(0, s.getInt("openObligations"));
            Map<String, Object> row = api.complianceRow("AUS");
            assertNotNull(row, "a compliance row for AUS");
            assertEquals(1, ((Number) row.get("obligations")).intValue());
            assertEquals(1, ((Number) row.get("noticesSent")).intValue());
            assertEquals(1, ((Number) row.get("within72h")).intValue());
            assertEquals(0, ((Number) row.get("open")).intValue());
        });
    }

    private static void accessStep(String accessId, Map<String, Object> body, String expected) {
        api.kemlu().body(body).when().post("/api/v1/access-requests/" + accessId + "/transitions")
                .then().statusCode(200).body("status", equalTo(expected));
    }

    /** VCCR Art. 36(1)(b) on request: a refusal closes the duty, a later request reopens it. */
    @Test
    @Order(2)
    void aDutchDetaineeWhoDeclinesIsNotNotifiedUntilTheyAskAndThenTheNoticeGoes() {
        api.as("kemlu-consular", "notification-service").when().get("/api/v1/regimes/NLD")
                .then().statusCode(200).body("kind", equalTo("ON_REQUEST")).body("configured", equalTo(false));
        String personId = api.registerPerson("NLD", "DE VRIES", "JAN", LocalDate.of(1979, 1, 23), "M", Map.of());
        String caseId = api.openCase("IMMIGRATION_CRIME", "NLD", "DKI Jakarta", personId);
        Instant startedAt = ago(120);
        startCustody(caseId, custodyIn("RUDENIM-JAKARTA", "Rudenim Jakarta", "DKI Jakarta", startedAt));

        String obligationId = api.theObligationOf(caseId);
        JsonPath o = api.obligation(obligationId);
        assertEquals("ON_REQUEST", o.getString("regime.regime"));
        assertEquals("OPEN", o.getString("status"));
        assertEquals(false, o.getBoolean("regime.notifyWithoutRequest"));
        assertTrue(o.getString("regime.postCode").startsWith("NLD"), "a Dutch post: " + o.getString("regime.postCode"));

        // Until the person answers, the dashboard counts the obligation open (awaiting the advisement or the notice).
        eventually().untilAsserted(() -> assertEquals(1, api.summary("NLD").getInt("openObligations")));
        api.kemlu().body(advisement(startedAt.plus(30, ChronoUnit.MINUTES), "DECLINED", false))
                .when().post("/api/v1/obligations/" + obligationId + "/advisement").then().statusCode(201);
        assertEquals("DECLINED", api.obligation(obligationId).getString("status"));
        api.kemlu().body(Map.of("channel", "EMAIL")).when().post("/api/v1/obligations/" + obligationId + "/notices")
                .then().statusCode(409);
        JsonPath declined = api.obligation(obligationId);
        assertEquals(List.of(), declined.getList("notices"));
        // Nobody else sees a declined obligation: not the Dutch post's officers.
        api.missionOfficer("NLD", "notification-service").when().get("/api/v1/obligations/" + obligationId).then().statusCode(404);
        eventually().untilAsserted(() -> assertEquals(0, api.summary("NLD").getInt("openObligations")));

        // A day later the person asks after all: owed again, the notice goes on the person's request.
        api.kemlu().body(advisement(startedAt.plus(60, ChronoUnit.MINUTES), "REQUESTED", false))
                .when().post("/api/v1/obligations/" + obligationId + "/advisement").then().statusCode(201);
        JsonPath reopened = api.obligation(obligationId);
        assertEquals("OPEN", reopened.getString("status"));
        assertNotNull(reopened.getString("regime.requestedAt"));
        eventually().untilAsserted(() -> assertEquals(1, api.summary("NLD").getInt("openObligations")));
        api.kemlu().body(Map.of("channel", "EMAIL")).when().post("/api/v1/obligations/" + obligationId + "/notices")
                .then().statusCode(201).body("basis", equalTo("REQUESTED"));
        assertEquals("NOTIFIED", api.obligation(obligationId).getString("status"));
        eventually().untilAsserted(() -> {
            assertEquals(1, api.timelineCount(caseId, "CONSULAR_NOTICE_SENT"));
            JsonPath s = api.summary("NLD");
            assertEquals(1, s.getInt("compliance.noticesSent"));
            assertEquals(0, s.getInt("openObligations"));
        });
    }

    /** VCCR Art. 37(a): a death outside custody is told to the post without delay, whatever anyone wanted. */
    @Test
    @Order(3)
    void theDeathOfAJapaneseVisitorInBaliOutsideCustodyOpensAMandatoryArticle37Obligation() {
        String personId = api.registerPerson("JPN", "TANAKA", "HIROSHI", LocalDate.of(1958, 5, 9), "M", Map.of());
        String caseId = api.openCase("DEATH", "JPN", "Bali", personId);
        Instant diedAt = ago(26 * 60);
        api.imigrasi().body(Map.of("diedOn", diedAt.atZone(WITA).toLocalDate().toString(), "diedAt", diedAt.toString(),
                        "placeOfDeath", "Dive site off Nusa Penida", "province", "Bali", "causeCategory", "ACCIDENT",
                        "cause", "Diving accident", "remainsLocation", "Instalasi Forensik RSUP Prof. Ngoerah",
                        "nextOfKin", List.of(Map.of("name", "Tanaka Yumi", "relationship", "SPOUSE", "country", "JPN", "informed", true))))
                .when().post("/api/v1/cases/" + caseId + "/death")
                .then().statusCode(201).body("inCustody", equalTo(false));
        JsonPath c = api.caseFile(caseId);
        assertEquals("RESOLVED", c.getString("status"));
        assertEquals("DECEASED", c.getString("outcome"));

        String obligationId = api.theObligationOf(caseId);
        JsonPath o = api.obligation(obligationId);
        assertEquals("DEATH", o.getString("trigger"));
        assertEquals("MANDATORY", o.getString("regime.regime"));
        assertEquals(List.of("DEATH_ALWAYS_NOTIFIED"), o.getList("regime.reasons"));
        assertEquals(true, o.getBoolean("regime.notifyWithoutRequest"));
        assertEquals("JPN-CG-DPS", o.getString("regime.postCode"), "the Consulate-General of Japan in Denpasar covers Bali, NTB and NTT");
        assertEquals(diedAt.plus(Duration.ofHours(72)), Instant.parse(o.getString("clocks.find { it.clock == 'NOTIFICATION' }.dueAt")));
        assertTrue(o.getString("clocks.find { it.clock == 'NOTIFICATION' }.dueAtLocal").endsWith(" WITA"));
        // No advisement is due for a death.
        api.kemlu().body(advisement(diedAt.plus(1, ChronoUnit.HOURS), "REQUESTED", false))
                .when().post("/api/v1/obligations/" + obligationId + "/advisement").then().statusCode(409);

        api.kemlu().body(Map.of("channel", "DIPLOMATIC_NOTE")).when().post("/api/v1/obligations/" + obligationId + "/notices")
                .then().statusCode(201).body("basis", equalTo("ARTICLE_37")).body("kind", equalTo("DEATH"))
                .body("postCode", equalTo("JPN-CG-DPS")).body("late", equalTo(false));
        eventually().untilAsserted(() -> {
            JsonPath t = api.caseFile(caseId);
            assertEquals(1, t.getList("timeline.findAll { it.type == 'DEATH_RECORDED' }").size());
            assertEquals(List.of(obligationId), t.getList("timeline.findAll { it.type == 'CONSULAR_OBLIGATION_OPENED' }.ref"));
            assertEquals(List.of(obligationId), t.getList("timeline.findAll { it.type == 'CONSULAR_NOTICE_SENT' }.ref"));
        });
    }

    /**
     * An asylum seeker's country of origin is never told without a supervisor's decision: the obligation is
     * suppressed, a consular officer cannot lift it, a supervisor can, with a reason that stays on record.
     */
    @Test
    @Order(4)
    void anAsylumSeekerInCustodyIsSuppressedUntilASupervisorOverridesWithAReasonOnRecord() {
        String personId = api.registerPerson("IRN", "AHMADI", "REZA", LocalDate.of(1995, 10, 11), "M",
                Map.of("vulnerability", Map.of("asylumSeekerOrRefugee", true, "unhcrNumber", "UNHCR-271-00012345",
                        "traffickingVictim", false)));
        String caseId = api.openCase("IMMIGRATION_CRIME", "IRN", "Sulawesi Selatan", personId);
        Instant startedAt = ago(90);
        startCustody(caseId, custodyIn("RUDENIM-MAKASSAR", "Rudenim Makassar", "Sulawesi Selatan", startedAt));

        String obligationId = api.theObligationOf(caseId);
        JsonPath o = api.obligation(obligationId);
        assertEquals("SUPPRESSED", o.getString("regime.regime"));
        assertEquals("SUPPRESSED", o.getString("status"));
        assertTrue(o.getList("regime.reasons").contains("ASYLUM_SEEKER_OR_REFUGEE"), o.getList("regime.reasons").toString());
        assertNull(o.get("regime.overrideReason"));

        api.kemlu().body(Map.of("channel", "EMAIL")).when().post("/api/v1/obligations/" + obligationId + "/notices")
                .then().statusCode(409);
        api.missionOfficer("IRN", "notification-service").when().get("/api/v1/obligations/" + obligationId).then().statusCode(404);
        String reason = "The person withdrew the asylum claim in writing and asks for consular help";
        api.kemlu().body(Map.of("reason", reason)).when().post("/api/v1/obligations/" + obligationId + "/override")
                .then().statusCode(403);
        assertEquals("SUPPRESSED", api.obligation(obligationId).getString("regime.regime"), "a refused override changes nothing");

        Instant beforeOverride = Instant.now().minusSeconds(5);
        api.as(LocalKeys.TokenRequest.forRole("kemlu-supervisor").subject("supervisor-pwni"), "notification-service")
                .body(Map.of("reason", reason)).when().post("/api/v1/obligations/" + obligationId + "/override")
                .then().statusCode(200);
        JsonPath decided = api.obligation(obligationId);
        assertEquals("ON_REQUEST", decided.getString("regime.regime"), "Iran has no bilateral arrangement");
        assertTrue(decided.getList("regime.reasons").contains("SUPERVISED_OVERRIDE"), decided.getList("regime.reasons").toString());
        assertEquals(reason, decided.getString("regime.overrideReason"));
        assertEquals("supervisor-pwni", decided.getString("regime.overrideBy"));
        Instant overrideAt = Instant.parse(decided.getString("regime.overrideAt"));
        assertTrue(!overrideAt.isBefore(beforeOverride) && !overrideAt.isAfter(Instant.now().plusSeconds(5)), overrideAt.toString());
        // A second override is refused: the obligation is no longer suppressed.
        api.as("kemlu-supervisor", "notification-service").body(Map.of("reason", reason))
                .when().post("/api/v1/obligations/" + obligationId + "/override").then().statusCode(409);

        // The reads of the obligation's identity are in notification-service's audit log, for auditors.
        // (The override itself is kept on the obligation, above: the audit log records reads of identifiable data.)
        List<Map<String, Object>> audit = api.as("auditor", "notification-service").queryParam("subject", "local-kemlu-consular")
                .when().get("/api/v1/audit").then().statusCode(200).extract().jsonPath().getList("$");
        assertTrue(audit.stream().anyMatch(e -> String.valueOf(e.get("path")).contains(obligationId)
                || String.valueOf(e.get("resource")).contains(obligationId)), "the identity reads of " + obligationId + ": " + audit);
    }

    /**
     * The broker stops right after the custody is recorded; Imigrasi keeps recording (outbox), Kemlu keeps working;
     * when the broker returns everything arrives once: one obligation, one follow-up, exact counts.
     */
    @Test
    @Order(5)
    void aFilipinoDetainedInManadoWhileTheBrokerIsDownIsHandledOnceWhenItReturns() {
        String personId = api.registerPerson("PHL", "DELA CRUZ", "JOSE MARIA", LocalDate.of(1984, 2, 17), "M", Map.of());
        String caseId = api.openCase("IMMIGRATION_CRIME", "PHL", "Sulawesi Utara", personId);
        eventually().untilAsserted(() -> assertEquals(1, api.summary("PHL").getInt("openCases")));

        Instant startedAt = ago(240);
        String custodyId;
        system.stopKafka();
        try {
            custodyId = startCustody(caseId, custodyIn("RUDENIM-MANADO", "Rudenim Manado", "Sulawesi Utara", startedAt)).getString("id");
            api.imigrasi().body(Map.of("article", "122 a")).when().post("/api/v1/cases/" + caseId + "/offences").then().statusCode(201);
            api.move(caseId, "VERIFIED", "Identity confirmed");
            api.move(caseId, "ACTIVE:INVESTIGATION", "Working without a permit");
            api.imigrasi().body(Map.of("facilityType", "RUTAN", "facilityName", "Rutan Manado", "province", "Sulawesi Utara",
                            "reason", "COURT_PROCEEDINGS", "transferredAt", ago(60).toString()))
                    .when().post("/api/v1/cases/" + caseId + "/custody/" + custodyId + "/transfer").then().statusCode(200);
            assertEquals(List.of(), api.obligationsOfCase(caseId), "nothing reaches Kemlu while the broker is down");
        } finally {
            system.restartKafka();
        }
        for (ServiceSpec s : ServiceSpec.ALL) {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                    given().baseUri(system.baseUrl(s.name())).when().get("/q/health/ready").then().statusCode(200));
        }

        String obligationId = api.theObligationOf(caseId);
        JsonPath o = api.obligation(obligationId);
        assertEquals("MANDATORY", o.getString("regime.regime"));
        assertEquals("PHL-CG-MDC", o.getString("regime.postCode"));
        assertEquals(startedAt.plus(Duration.ofHours(72)), Instant.parse(o.getString("clocks.find { it.clock == 'NOTIFICATION' && it.subjectId == '" + obligationId + "' }.dueAt")));
        eventually().untilAsserted(() -> assertEquals(List.of("TRANSFER"), api.obligation(obligationId).getList("followUps.stage")));
        String followUpId = api.obligation(obligationId).getString("followUps[0].id");
        api.kemlu().body(Map.of("channel", "EMAIL")).when().post("/api/v1/obligations/" + obligationId + "/notices")
                .then().statusCode(201).body("basis", equalTo("MANDATORY"));
        api.kemlu().body(Map.of("channel", "EMAIL", "kind", "FOLLOW_UP", "followUpId", followUpId))
                .when().post("/api/v1/obligations/" + obligationId + "/notices").then().statusCode(201).body("kind", equalTo("FOLLOW_UP"));

        Map<String, Integer> expected = Map.of("CASE_REPORTED", 1, "STATUS_CHANGED", 2, "CUSTODY_STARTED", 1, "OFFENCE_RECORDED", 1,
                "CUSTODY_TRANSFERRED", 1, "CUSTODY_FOLLOW_UP_ISSUED", 1, "CONSULAR_OBLIGATION_OPENED", 1, "CONSULAR_NOTICE_SENT", 2);
        eventually().untilAsserted(() -> {
            JsonPath c = api.caseFile(caseId);
            expected.forEach((type, n) -> assertEquals(n, c.getList("timeline.findAll { it.type == '" + type + "' }").size(), type));
            JsonPath s = api.summary("PHL");
            assertEquals(1, s.getInt("openCases"));
            assertEquals(1, s.getInt("inCustody"));
            assertEquals(1, s.getInt("compliance.noticesSent"), "follow-ups are not first notices");
            assertEquals(0, s.getInt("openObligations"));
        });
        // Nothing doubled: the counts hold for a while after they were reached.
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertEquals(1, api.obligationsOfCase(caseId).size());
            assertEquals(1, api.obligation(obligationId).getList("followUps").size());
            JsonPath s = api.summary("PHL");
            assertEquals(1, s.getInt("openCases"));
            assertEquals(1, s.getInt("inCustody"));
            assertEquals(1, s.getInt("compliance.noticesSent"));
            JsonPath c = api.caseFile(caseId);
            expected.forEach((type, n) -> assertEquals(n, c.getList("timeline.findAll { it.type == '" + type + "' }").size(), type));
        });
        api.analyst("dashboard-service").queryParam("by", "province").queryParam("nationality", "PHL")
                .when().get("/api/v1/custody/stats").then().statusCode(200).body("counts.key", hasItem("Sulawesi Utara"))
                .body("total", notNullValue());
    }
}
