package id.go.wna.reciprocity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.contracts.CloudEventHeaders;
import id.go.wna.contracts.EventTypes;
import id.go.wna.contracts.Topics;
import id.go.wna.contracts.consular.NoticeSent;
import id.go.wna.contracts.consular.ObligationOpened;
import id.go.wna.contracts.consular.RegimeDetermined;
import id.go.wna.contracts.consular.RightsAdvised;
import id.go.wna.infra.test.RealInfrastructure;
import id.go.wna.infra.test.TestEvents;
import id.go.wna.reciprocity.domain.CountryFacts;
import id.go.wna.reciprocity.domain.Period;
import id.go.wna.reciprocity.service.InboundFacts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.wna.infra.test.Api.as;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole path on the real broker: Kemlu's consular events about Icelanders detained in Indonesia and an outbound
 * report on Indonesians in Iceland become facts, the facts an assessment, and a later notice changes it, with
 * {@code AssessmentComputed} published each time the numbers change.
 */
@QuarkusTest
class ReciprocityEndToEndTest {

    private static final String ISL = "ISL";
    private static final String ANALYST = "joint-analyst";
    /** Outbound facts come from Kemlu's posts. */
    private static final String KEMLU = "kemlu-consular";

    @Inject
    ObjectMapper json;

    @Inject
    InboundFacts inbound;

    private void send(UUID obligation, String type, Object event) {
        try {
            TestEvents.send(RealInfrastructure.kafkaClient(), Topics.CONSULAR_EVENTS, obligation.toString(),
                    UUID.randomUUID().toString(), type, json.writeValueAsString(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A detention owed a notice (mandatory), notified {@code delayHours} after the arrest, or never when null. */
    private void detainedAndNotified(Instant openedAt, Long delayHours) {
        UUID id = UUID.randomUUID();
        send(id, EventTypes.OBLIGATION_OPENED, new ObligationOpened(id, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                ISL, "DETENTION", "VCCR Art. 36(1)(b)", openedAt.minusSeconds(60), openedAt));
        send(id, EventTypes.REGIME_DETERMINED, new RegimeDetermined(id, ISL, "MANDATORY", List.of("MINOR"), "a child",
                "ISL-EMB-JKT", null, null, null, openedAt));
        if (delayHours != null) {
            send(id, EventTypes.NOTICE_SENT, new NoticeSent(id, UUID.randomUUID(), ISL, "ISL-EMB-JKT", "INITIAL", "MANDATORY",
                    "EMAIL", "D-1/KONS/XI/2026", openedAt.plus(Duration.ofHours(delayHours)), delayHours * 60, delayHours > 72));
        }
    }

    private JsonPath assessment(String period) {
        return assessment(ISL, period);
    }

    private static JsonPath assessment(String iso3, String period) {
        as(ANALYST).queryParam("period", period).post("/api/v1/assessments/recompute").then().statusCode(200);
        return as(ANALYST).queryParam("period", period).get("/api/v1/countries/" + iso3 + "/assessment").then().statusCode(200)
                .extract().jsonPath();
    }

    private static double notificationAsymmetry(JsonPath a) {
        return a.getDouble("indicators.find { it.indicator == 'NOTIFICATION_ASYMMETRY' }.value");
    }

    private static List<ConsumerRecord<String, String>> computedFor(String period, int atLeast) {
        List<ConsumerRecord<String, String>> found = new java.util.ArrayList<>();
        TestEvents.find(RealInfrastructure.kafkaClient(), Topics.RECIPROCITY_EVENTS, r -> {
            if (ISL.equals(r.key()) && EventTypes.ASSESSMENT_COMPUTED.equals(TestEvents.header(r, CloudEventHeaders.TYPE))
                    && period.equals(JsonPath.from(r.value()).getString("period"))) {
                found.add(r);
            }
            return found.size() >= atLeast;
        }, Duration.ofSeconds(20));
        return found;
    }

    @Test
    void consularEventsAndAnOutboundReportBecomeAnAssessmentThatALaterNoticeChanges() {
        Instant now = Instant.now();
        String period = YearMonth.now(ZoneOffset.UTC).toString();
        detainedAndNotified(now, 10L);
        detainedAndNotified(now, 100L);
        detainedAndNotified(now, null);
        detainedAndNotified(now, 30L);
        as(KEMLU).contentType(ContentType.JSON).body(Map.of("country", ISL, "month", period, "source", "KBRI Oslo",
                        "wniDetained", 10, "wniNotified", 8, "wniNotifiedWithin72h", 6))
                .post("/api/v1/outbound-reports").then().statusCode(201);
        as(ANALYST).contentType(ContentType.JSON).body(Map.of("indonesiaToCountry", "VISA_FREE", "countryToIndonesia", "VISA_REQUIRED"))
                .put("/api/v1/countries/" + ISL + "/visa-regime").then().statusCode(201);

        // Indonesia notified 2 of 4 within 72 h (0.5); Iceland 6 of 10 (0.6): Indonesia does slightly worse
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertEquals(0.5 - 0.6, notificationAsymmetry(assessment(period)), 1e-9));
        JsonPath first = assessment(period);
        assertEquals(4L, first.getLong("facts.inbound.arrestsOwedNotice"));
        assertEquals(2L, first.getLong("facts.inbound.notifiedWithin72h"));
        assertEquals(6L, first.getLong("facts.outbound.wniNotifiedWithin72h"));
        // the same facts again: the same snapshot, nothing new stored or published
        assertEquals(first.getString("assessmentId"), assessment(period).getString("assessmentId"));

        // a fifth arrest notified within a day: 3 of 5 = 0.6, level with Iceland
        detainedAndNotified(now, 5L);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertEquals(0.0, notificationAsymmetry(assessment(period)), 1e-9));
        assertEquals(1.0 - 0.3, first.getDouble("indicators.find { it.indicator == 'VISA_OPENNESS_ASYMMETRY' }.value"), 1e-9);
        assertTrue(computedFor(period, 1).size() >= 1, "AssessmentComputed when the numbers changed");

        // the facts rebuilt from the topics give the very same assessment. Compared by content, not by snapshot id:
        // while the replay is under way a recompute may see other countries' facts half rebuilt (the offence-rate
        // median is over all countries) and keep a snapshot of that moment; once rebuilt, the figures are the same.
        JsonPath before = assessment(period);
        CountryFacts.Inbound facts = inbound.of(ISL, Period.parse(period));
        as("admin").post("/api/v1/admin/replay").then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertEquals(facts, inbound.of(ISL, Period.parse(period))));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonPath after = assessment(period);
            for (String figure : List.of("composite", "low", "high", "completeness", "confidence", "sampleSize", "indicators", "facts")) {
                assertEquals((Object) before.get(figure), after.get(figure), figure + " after the replay");
            }
        });
    }

    // ---- who is owed a notice, on the real broker (Peruvians detained in July 2026)

    private static final String PER = "PER";
    private static final Instant JULY = Instant.parse("2026-07-06T03:00:00Z");

    private UUID arrest(String trigger, String regime, String... reasons) {
        UUID id = UUID.randomUUID();
        send(id, EventTypes.OBLIGATION_OPENED, new ObligationOpened(id, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                PER, trigger, "VCCR Art. 36(1)(b)", JULY, JULY.plusSeconds(60)));
        send(id, EventTypes.REGIME_DETERMINED, new RegimeDetermined(id, PER, regime, List.of(reasons), "test", "PER-EMB-JKT",
                null, null, null, JULY.plusSeconds(120)));
        return id;
    }

    private void answered(UUID obligation, String answer, long afterHours) {
        send(obligation, EventTypes.RIGHTS_ADVISED, new RightsAdvised(obligation, PER, JULY.plus(Duration.ofHours(afterHours)),
                "es", true, answer, false, afterHours * 60, false));
    }

    private void notified(UUID obligation, long afterHours) {
        send(obligation, EventTypes.NOTICE_SENT, new NoticeSent(obligation, UUID.randomUUID(), PER, "PER-EMB-JKT", "INITIAL",
                "REQUESTED", "EMAIL", "D-7/KONS/VII/2026", JULY.plus(Duration.ofHours(afterHours)), afterHours * 60, afterHours > 72));
    }

    @Test
    void anOnRequestDetaineeWhoAskedAndAnArticle42ArrestCountAsOwedANoticeInTheAssessment() {
        String period = "2026-07";
        UUID mandatory = arrest("DETENTION", "MANDATORY", "BILATERAL_MANDATORY");
        notified(mandatory, 10);
        UUID asked = arrest("DETENTION", "ON_REQUEST", "VCCR_DEFAULT");
        answered(asked, "NOTIFY_REQUESTED", 1);                       // asked, never notified: owed
        arrest("CONSULAR_STAFF_ARREST", "ESCALATED", "CONSULAR_STAFF"); // Art. 42, never notified: owed
        arrest("DETENTION", "ESCALATED", "DIPLOMATIC_IMMUNITY");        // Protocol's: not owed
        answered(arrest("DETENTION", "ON_REQUEST", "VCCR_DEFAULT"), "NOTIFY_DECLINED", 1); // declined: not owed
        UUID changedMind = arrest("DETENTION", "ON_REQUEST", "VCCR_DEFAULT");
        answered(changedMind, "NOTIFY_REQUESTED", 20);                // the later answer, published first
        answered(changedMind, "NOTIFY_DECLINED", 1);
        as(KEMLU).contentType(ContentType.JSON).body(Map.of("country", PER, "month", period, "source", "KBRI Lima",
                        "wniDetained", 10, "wniNotified", 8, "wniNotifiedWithin72h", 5))
                .post("/api/v1/outbound-reports").then().statusCode(201);

        // Indonesia notified 1 of the 4 arrests owed a notice within 72 h (0.25; counting only the mandatory one it
        // would have been 1 of 1); Peru 5 of 10 (0.5)
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertEquals(4L, assessment(PER, period).getLong("facts.inbound.arrestsOwedNotice")));
        JsonPath before = assessment(PER, period);
        assertEquals(1L, before.getLong("facts.inbound.notifiedWithin72h"));
        assertEquals(0.25 - 0.5, notificationAsymmetry(before), 1e-9);

        // the detainee who asked is notified after 20 h: 2 of 4, level with Peru
        notified(asked, 20);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertEquals(0.0, notificationAsymmetry(assessment(PER, period)), 1e-9));
        assertEquals(4L, assessment(PER, period).getLong("facts.inbound.arrestsOwedNotice"));
    }
}
