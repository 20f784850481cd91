package id.go.wna.reciprocity;

import id.go.wna.contracts.CloudEventHeaders;
import id.go.wna.contracts.EventTypes;
import id.go.wna.contracts.Topics;
import id.go.wna.infra.test.Api;
import id.go.wna.infra.test.RealInfrastructure;
import id.go.wna.infra.test.TestEvents;
import id.go.wna.reciprocity.domain.CountryFacts;
import id.go.wna.reciprocity.domain.VisaRegime;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The assessment and findings API over facts the test sets (TestFacts), on the real database and broker. */
@QuarkusTest
class AssessmentApiTest {

    private static final double EPS = 1e-6;

    @Inject
    EntityManager em;

    static CountryFacts.Inbound inbound(Long population, Long offences, Long deportations, Long owed, Long notified72,
                                        Long accessRequested, Long accessConducted) {
        return new CountryFacts.Inbound(population, null, offences, Map.of("119", offences == null ? 0L : offences), null,
                Map.of(), deportations, null, null, null, null, null, owed, null, notified72, null, accessRequested,
                accessConducted, null, null, null);
    }

    static CountryFacts.Outbound outbound(Long present, Long detained, Long notified72, Long accessRequested,
                                          Long accessGranted, Long deported) {
        return new CountryFacts.Outbound(present, null, detained, null, notified72, accessRequested, accessGranted, deported);
    }

    private static JsonPath profile(String role, String iso3, String period) {
        return Api.as(role).queryParam("period", period).get("/api/v1/countries/" + iso3 + "/assessment")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aCountryProfileShowsEveryNumberWithTheFactsItComesFrom() {
        // the worked example of IndicatorsTest (README), in 2030-Q3; two more countries for the offence median
        TestFacts.put("2030-Q3", "MYA", inbound(10_000L, 19L, 7L, 20L, 18L, 10L, 8L), outbound(5_000L, 12L, 6L, 10L, 9L, 5L));
        TestFacts.put("2030-Q3", "MYB", inbound(10_000L, 9L, null, null, null, null, null), null);
        TestFacts.put("2030-Q3", "MYC", inbound(10_000L, 39L, null, null, null, null, null), null);
        TestFacts.visa("MYA", new CountryFacts.VisaRegimes(VisaRegime.VISA_ON_ARRIVAL_OR_EVISA, VisaRegime.VISA_REQUIRED, 30, 30));
        // the quarter before: Indonesia notified only half
        TestFacts.put("2030-Q2", "MYA", inbound(10_000L, 19L, 7L, 20L, 10L, 10L, 8L), outbound(5_000L, 12L, 6L, 10L, 9L, 5L));

        JsonPath p = profile("joint-analyst", "MYA", "2030-Q3");
        assertEquals(0.154719, p.getDouble("composite"), EPS);
        assertEquals("MEDIUM", p.getString("confidence"));
        assertEquals(1.0, p.getDouble("completeness"), EPS);
        assertEquals("2030-Q2", p.getString("previousPeriod"));
        assertEquals(0.100173, p.getDouble("previousComposite"), EPS);   // (0 − 0.05 + 0.3 + 0.150693) / 4
        assertEquals(0.054546, p.getDouble("trend"), EPS);
        assertNotNull(p.getString("assessmentId"));
        assertFalse(p.getBoolean("suppressed"));

        List<Map<String, Object>> indicators = p.getList("indicators");
        assertEquals(List.of("NOTIFICATION_ASYMMETRY", "ACCESS_ASYMMETRY", "VISA_OPENNESS_ASYMMETRY", "ENFORCEMENT_RATIO",
                "OFFENCE_RATE"), indicators.stream().map(i -> i.get("indicator")).toList());
        assertEquals(0.4, p.getDouble("indicators[0].value"), EPS);
        assertEquals(12, p.getInt("indicators[0].n"));
        assertEquals(0.218182 / 4, p.getDouble("indicators[0].contribution"), 2e-6);
        assertEquals(0.0, p.getDouble("indicators[4].value"), EPS);      // 1.95 per 1,000: MYA is the median country
        assertEquals(1.95, p.getDouble("facts.derived.medianOffenceRate"), EPS);
        assertEquals("VISA_ON_ARRIVAL_OR_EVISA", p.getString("facts.visa.indonesiaToCountry"));

        double sum = 0;
        for (int i = 0; i < indicators.size(); i++) {
            String at = "indicators[" + i + "]";
            assertTrue(p.getString(at + ".formula").length() > 40, "every indicator says how it is computed");
            sum += p.getDouble(at + ".contribution");
            List<Map<String, Object>> facts = p.getList(at + ".facts");
            assertFalse(facts.isEmpty());
            for (int j = 0; j < facts.size(); j++) {
                String fact = at + ".facts[" + j + "]";
                Object value = p.get(fact + ".value");
                Object behind = p.get(p.getString(fact + ".path"));
                assertEquals(String.valueOf(behind), String.valueOf(value),
                        p.getString(fact + ".name") + " is the number at " + p.getString(fact + ".path"));
                assertNotNull(value, p.getString(fact + ".name") + " is known");
                assertTrue(p.getString(fact + ".origin").length() > 10);
            }
        }
        assertEquals(p.getDouble("composite"), sum, 2e-6, "the contributions add up to the composite");
        assertEquals(p.getString("facts.outbound.wniDetained"), "12");
    }

    @Test
    void theRankingOrdersByCompositeOrByAsymmetryAndCountriesWithoutAScoreComeLast() {
        String period = "2030-Q4";
        TestFacts.put(period, "RKA", null, outbound(1L, null, null, null, null, null));
        TestFacts.put(period, "RKB", null, outbound(1L, null, null, null, null, null));
        TestFacts.put(period, "RKC", null, outbound(1L, null, null, null, null, null));
        TestFacts.put(period, "RKD", null, outbound(1L, null, null, null, null, null));
        TestFacts.visa("RKA", new CountryFacts.VisaRegimes(VisaRegime.VISA_FREE, VisaRegime.RESTRICTED, null, null));   // 1.0
        TestFacts.visa("RKB", new CountryFacts.VisaRegimes(VisaRegime.VISA_FREE, VisaRegime.VISA_FREE, null, null));    // 0
        TestFacts.visa("RKC", new CountryFacts.VisaRegimes(VisaRegime.VISA_REQUIRED, VisaRegime.VISA_FREE, null, null)); // −0.7

        JsonPath byComposite = Api.as("kemlu-consular").queryParam("period", period).get("/api/v1/assessments")
                .then().statusCode(200).extract().jsonPath();
        List<String> order = byComposite.<String>getList("iso3").stream().filter(c -> c.startsWith("RK")).toList();
        assertEquals(List.of("RKA", "RKB", "RKC", "RKD"), order);
        List<Map<String, Object>> rows = byComposite.getList("$");
        Map<String, Object> last = rows.get(rows.size() - 1);
        assertEquals("RKD", last.get("iso3"));
        assertNull(last.get("rank"), "no composite: unranked, last");
        Map<String, Object> first = rows.stream().filter(r -> "RKA".equals(r.get("iso3"))).findFirst().orElseThrow();
        assertEquals(1.0, ((Number) first.get("composite")).doubleValue(), EPS);
        assertEquals("/api/v1/countries/RKA/assessment?period=2030-Q4", first.get("href"));

        JsonPath byAsymmetry = Api.as("imigrasi-officer").queryParam("period", period).queryParam("sort", "asymmetry")
                .get("/api/v1/assessments").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("RKA", "RKC", "RKB", "RKD"),
                byAsymmetry.<String>getList("iso3").stream().filter(c -> c.startsWith("RK")).toList());

        Api.as("joint-analyst").get("/api/v1/assessments").then().statusCode(400);
        Api.as("joint-analyst").queryParam("period", "2030-Q5").get("/api/v1/assessments").then().statusCode(422)
                .body("errors.field", hasItem("period"));
        Api.as("joint-analyst").queryParam("period", period).get("/api/v1/countries/ZZZ/assessment").then().statusCode(404);
    }

    @Test
    void partnerAgenciesReadTheAssessmentWithSmallCellsSuppressed() {
        String period = "2031-01";
        TestFacts.put(period, "SMX", inbound(10_000L, 3L, 7L, 20L, 18L, 10L, 8L), outbound(5_000L, 4L, 2L, 10L, 9L, 5L));

        JsonPath analyst = profile("joint-analyst", "SMX", period);
        assertEquals(4, analyst.getInt("facts.outbound.wniDetained"));
        assertEquals(0.4, analyst.getDouble("indicators[0].value"), EPS);
        assertFalse(analyst.getBoolean("indicators[0].suppressed"));

        JsonPath partner = profile("partner-agency", "SMX", period);
        assertTrue(partner.getBoolean("suppressed"));
        assertNull(partner.get("facts.outbound.wniDetained"));
        assertNull(partner.get("facts.outbound.wniNotifiedWithin72h"));
        assertNull(partner.get("facts.inbound.offences"));
        assertNull(partner.get("facts.inbound.offencesByArticle.'119'"), "3 offences under Pasal 119: a small cell");
        assertEquals(20, partner.getInt("facts.inbound.arrestsOwedNotice"));
        assertTrue(partner.getBoolean("indicators[0].suppressed"));
        assertNull(partner.get("indicators[0].value"));
        assertNull(partner.get("indicators[0].n"));
        assertNull(partner.get("indicators[0].facts[3].value"));
        assertTrue(partner.<String>getList("suppressedFacts").contains("facts.outbound.wniDetained"));
        assertNull(partner.get("notificationOutShare"));
        assertEquals((-0.05 + 0.150693) / 2, partner.getDouble("composite"), EPS); // access and enforcement only (no visa)
        assertEquals(analyst.getString("assessmentId"), partner.getString("assessmentId"));

        JsonPath ranking = Api.as("partner-agency").queryParam("period", period).get("/api/v1/assessments")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> row = ranking.<Map<String, Object>>getList("$").stream()
                .filter(r -> "SMX".equals(r.get("iso3"))).findFirst().orElseThrow();
        assertEquals(partner.getDouble("composite"), ((Number) row.get("composite")).doubleValue(), EPS);
        assertTrue(((List<?>) row.get("suppressedIndicators")).contains("NOTIFICATION_ASYMMETRY"));

        Api.as("partner-agency").get("/api/v1/findings").then().statusCode(403);
    }

    @Test
    void aFindingGoesThroughItsReviewStatesWithWhoAndWhenAndKeepsTheSnapshotItRestsOn() {
        String period = "2031-02";
        TestFacts.put(period, "FND", null, outbound(1L, null, null, null, null, null));
        TestFacts.visa("FND", new CountryFacts.VisaRegimes(VisaRegime.VISA_FREE, VisaRegime.VISA_REQUIRED, 30, null));
        JsonPath p = profile("joint-analyst", "FND", period);
        String assessmentId = p.getString("assessmentId");

        JsonPath f = Api.as("joint-analyst", "analyst-one").contentType("application/json").body(Map.of(
                        "iso3", "FND", "period", period, "title", "Visa openness one-sided",
                        "statement", "Indonesia grants visa-free entry; FND requires a visa of Indonesians (asymmetry 0.7).",
                        "assessmentId", assessmentId))
                .post("/api/v1/findings").then().statusCode(201).header("ETag", "\"0\"").extract().jsonPath();
        String id = f.getString("id");
        assertEquals("DRAFT", f.getString("status"));
        assertEquals(assessmentId, f.getString("assessmentId"));
        assertEquals(0.7, f.getDouble("assessment.composite"), EPS);
        assertEquals("analyst-one", f.getString("steps[0].by"));
        assertNotNull(f.getString("steps[0].at"));
        assertEquals(List.of("REVIEWED", "CLOSED"), f.getList("allowedTransitions"));

        String path = "/api/v1/findings/" + id + "/transitions";
        Api.as("joint-analyst", "analyst-one").contentType("application/json").body(Map.of("to", "REVIEWED"))
                .post(path).then().statusCode(422).body("errors.field", hasItem("to"));   // four eyes
        Api.as("joint-analyst", "analyst-two").contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("to", "REVIEWED", "note", "figures checked")).post(path).then().statusCode(200)
                .header("ETag", "\"1\"").body("status", equalTo("REVIEWED"));
        Api.as("joint-analyst", "analyst-two").contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("to", "ENDORSED")).post(path).then().statusCode(412);
        Api.as("joint-analyst", "analyst-three").contentType("application/json").body(Map.of("to", "ACTIONED"))
                .post(path).then().statusCode(409).body("allowed", equalTo(List.of("DRAFT", "ENDORSED")));
        Api.as("joint-analyst", "analyst-three").contentType("application/json").body(Map.of("to", "ENDORSED",
                "note", "endorsed by the joint team, meeting of 3 Feb")).post(path).then().statusCode(200);
        Api.as("joint-analyst", "analyst-one").contentType("application/json").body(Map.of("to", "ACTIONED",
                "note", "raised with the ambassador")).post(path).then().statusCode(200);
        Api.as("joint-analyst", "analyst-one").contentType("application/json").body(Map.of("to", "CLOSED"))
                .post(path).then().statusCode(200);
        Api.as("joint-analyst", "analyst-one").contentType("application/json").body(Map.of("to", "DRAFT"))
                .post(path).then().statusCode(409);
        Api.as("joint-analyst").contentType("application/json").body(Map.of("to", "SOMEWHERE")).post(path)
                .then().statusCode(400).body("errors.field", hasItem("to"));

        JsonPath done = Api.as("kemlu-supervisor").get("/api/v1/findings/" + id).then().statusCode(200)
                .header("ETag", "\"4\"").extract().jsonPath();
        assertEquals(List.of("DRAFT", "REVIEWED", "ENDORSED", "ACTIONED", "CLOSED"), done.getList("steps.to"));
        assertEquals(List.of("analyst-one", "analyst-two", "analyst-three", "analyst-one", "analyst-one"),
                done.getList("steps.by"));
        assertEquals("REVIEWED", done.getString("steps[2].from"));
        assertEquals("endorsed by the joint team, meeting of 3 Feb", done.getString("steps[2].note"));
        assertTrue(done.getString("steps[2].roles").contains("joint-analyst"));
        assertEquals(assessmentId, done.getString("assessmentId"));
        assertEquals("VISA_FREE", done.getString("assessment.facts.visa.indonesiaToCountry"));

        JsonPath list = Api.as("imigrasi-officer").queryParam("iso3", "FND").get("/api/v1/findings").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(id), list.getList("id"));
        assertEquals("CLOSED", list.getString("[0].status"));

        // without an assessmentId, the finding rests on the current assessment; a wrong one is refused
        Api.as("joint-analyst").contentType("application/json").body(Map.of("iso3", "FND", "period", period,
                "title", "t", "statement", "s")).post("/api/v1/findings").then().statusCode(201)
                .body("assessmentId", equalTo(assessmentId));
        Api.as("joint-analyst").contentType("application/json").body(Map.of("iso3", "FND", "period", "2031-03",
                "title", "t", "statement", "s", "assessmentId", assessmentId)).post("/api/v1/findings").then()
                .statusCode(422).body("errors.field", hasItem("assessmentId"));
        Api.as("joint-analyst").contentType("application/json").body(Map.of("iso3", "FND", "period", period,
                "statement", "s")).post("/api/v1/findings").then().statusCode(400);
    }

    private long eventsOf(String iso3, String type) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "SELECT count(*) FROM outbox_event WHERE aggregate_id = ?1 AND type = ?2")
                .setParameter(1, iso3).setParameter(2, type).getSingleResult()).longValue());
    }

    private static Optional<JsonPath> event(String iso3, String type, Predicate<JsonPath> match) {
        return TestEvents.find(RealInfrastructure.kafkaClient(), Topics.RECIPROCITY_EVENTS,
                        (ConsumerRecord<String, String> r) -> iso3.equals(r.key())
                                && type.equals(TestEvents.header(r, CloudEventHeaders.TYPE))
                                && match.test(new JsonPath(r.value())), Duration.ofSeconds(30))
                .map(r -> new JsonPath(r.value()));
    }

    @Test
    void assessmentComputedOnlyWhenTheNumbersChangeAndThresholdCrossedWhenTheNotificationShareCrossesHalf() {
        String period = "2031-Q2";
        TestFacts.put(period, "EVT", inbound(10_000L, null, null, 20L, 18L, null, null), outbound(null, 20L, 6L, null, null, null));

        JsonPath first = Api.as("joint-analyst").queryParam("period", period).post("/api/v1/assessments/recompute")
                .then().statusCode(200).extract().jsonPath();
        assertTrue(first.<String>getList("changed").contains("EVT"));
        JsonPath computed = event("EVT", EventTypes.ASSESSMENT_COMPUTED, j -> period.equals(j.getString("period")))
                .orElseThrow(() -> new AssertionError("no AssessmentComputed for EVT"));
        // 18/20 − 6/20 = 0.6, on n = 20: 0.6 × 20/30 = 0.4
        assertEquals(0.4, computed.getDouble("score"), EPS);
        assertEquals("NOTIFICATION_ASYMMETRY", computed.getString("indicators[0].indicator"));
        assertEquals(20, computed.getInt("indicators[0].sampleSize"));
        JsonPath down = event("EVT", EventTypes.THRESHOLD_CROSSED, j -> period.equals(j.getString("period"))
                && "DOWNWARD".equals(j.getString("direction")))
                .orElseThrow(() -> new AssertionError("no ThresholdCrossed for EVT"));
        assertEquals("NOTIFICATION_OUT_SHARE", down.getString("measure"));
        assertEquals(0.5, down.getDouble("threshold"), EPS);
        assertEquals(0.3, down.getDouble("value"), EPS);
        assertNull(down.get("previousValue"), "a first assessment crosses from full compliance");
        assertEquals(computed.getString("assessmentId"), down.getString("assessmentId"));

        // the same facts again: same numbers, nothing stored, nothing published
        JsonPath again = Api.as("joint-analyst").queryParam("period", period).post("/api/v1/assessments/recompute")
                .then().statusCode(200).extract().jsonPath();
        assertFalse(again.<String>getList("changed").contains("EVT"));
        assertEquals(1, eventsOf("EVT", EventTypes.ASSESSMENT_COMPUTED));
        assertEquals(1, eventsOf("EVT", EventTypes.THRESHOLD_CROSSED));
        assertEquals(computed.getString("assessmentId"), profile("joint-analyst", "EVT", period).getString("assessmentId"));

        // the country now notifies 16 of 20: a new assessment, and the share crosses half upward
        TestFacts.put(period, "EVT", null, outbound(null, 20L, 16L, null, null, null));
        Api.as("joint-analyst").queryParam("period", period).post("/api/v1/assessments/recompute")
                .then().statusCode(200).body("changed", hasItem("EVT"));
        JsonPath up = event("EVT", EventTypes.THRESHOLD_CROSSED, j -> period.equals(j.getString("period"))
                && "UPWARD".equals(j.getString("direction")))
                .orElseThrow(() -> new AssertionError("no upward ThresholdCrossed for EVT"));
        assertEquals(0.8, up.getDouble("value"), EPS);
        assertEquals(0.3, up.getDouble("previousValue"), EPS);
        assertEquals(2, eventsOf("EVT", EventTypes.ASSESSMENT_COMPUTED));
        JsonPath now = profile("joint-analyst", "EVT", period);
        assertEquals(0.066667, now.getDouble("composite"), EPS);             // (0.9 − 0.8) × 20/30

        Api.as("kemlu-consular").queryParam("period", period).post("/api/v1/assessments/recompute").then().statusCode(403);
    }

    @Test
    void theAssessmentAndThresholdEventsStateWhatTheDatabaseHolds() {
        String period = "2031-Q3";
        TestFacts.put(period, "STO", inbound(10_000L, null, null, 20L, 18L, null, null), outbound(null, 20L, 6L, null, null, null));
        Api.as("joint-analyst").queryParam("period", period).post("/api/v1/assessments/recompute")
                .then().statusCode(200).body("changed", hasItem("STO"));

        Object[] stored = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery("""
                        SELECT CAST(a.id AS text), a.shared_composite, CAST(a.computed_at AS text),
                               t.measure, t.threshold, t.direction, t.value, t.previous_value, CAST(t.crossed_at AS text)
                          FROM assessment a JOIN threshold_crossing t ON t.assessment_id = a.id
                         WHERE a.iso3 = 'STO' AND a.period = ?1 AND a.latest""").setParameter(1, period).getSingleResult());
        JsonPath computed = outboxEvent("STO", EventTypes.ASSESSMENT_COMPUTED);
        assertEquals(stored[0], computed.getString("assessmentId"));
        assertEquals(((Number) stored[1]).doubleValue(), computed.getDouble("score"), 0.0);
        assertEquals(instant(stored[2]), java.time.Instant.parse(computed.getString("computedAt")),
                "the event's computedAt is the stored one, to the microsecond");

        JsonPath crossed = outboxEvent("STO", EventTypes.THRESHOLD_CROSSED);
        assertEquals(stored[0], crossed.getString("assessmentId"));
        assertEquals(stored[3], crossed.getString("measure"));
        assertEquals(((Number) stored[4]).doubleValue(), crossed.getDouble("threshold"), 0.0);
        assertEquals(stored[5], crossed.getString("direction"));
        assertEquals(((Number) stored[6]).doubleValue(), crossed.getDouble("value"), 0.0);
        assertNull(stored[7]);
        assertNull(crossed.get("previousValue"));
        assertEquals(instant(stored[8]), java.time.Instant.parse(crossed.getString("crossedAt")));
    }

    /** A timestamptz read as text in the session's time zone (ISO-like, "2031-07-01 10:00:00.123456+00"). */
    private static java.time.Instant instant(Object text) {
        String s = ((String) text).replace(' ', 'T');
        return java.time.OffsetDateTime.parse(s.matches(".*[+-]\\d{2}$") ? s + ":00" : s).toInstant();
    }

    private JsonPath outboxEvent(String iso3, String type) {
        return new JsonPath(QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                        "SELECT CAST(payload AS text) FROM outbox_event WHERE aggregate_id = ?1 AND type = ?2")
                .setParameter(1, iso3).setParameter(2, type).getSingleResult()));
    }
}
