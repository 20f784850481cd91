package id.go.wna.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.contracts.CloudEventHeaders;
import id.go.wna.contracts.EventSchemas;
import id.go.wna.contracts.EventTypes;
import id.go.wna.contracts.Topics;
import id.go.wna.infra.test.RealInfrastructure;
import id.go.wna.infra.test.TestEvents;
import id.go.wna.notification.domain.ConsularServiceEntry;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static id.go.wna.infra.test.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Kemlu's consular services log as a consular officer fills it and the dashboard and partners read it. */
@QuarkusTest
class ConsularServicesLogTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEMLU = "kemlu-consular";

    /** A service day no other test uses, so counts over it are this test's own. */
    private static LocalDate unusedDay() {
        return LocalDate.of(1950, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(365 * 60));
    }

    static Map<String, Object> entry(String type, LocalDate day) {
        Map<String, Object> body = new HashMap<>();
        body.put("serviceType", type);
        body.put("occurredOn", day.toString());
        return body;
    }

    private static String record(Map<String, Object> body) {
        return as(KEMLU).contentType(ContentType.JSON).body(body).when().post("/api/v1/consular-services")
                .then().statusCode(201).extract().path("id");
    }

    private static ConsumerRecord<String, String> published(String key, String serviceId) {
        return TestEvents.find(RealInfrastructure.kafkaClient(), Topics.CONSULAR_EVENTS,
                e -> key.equals(e.key()) && EventTypes.CONSULAR_SERVICE_RECORDED.equals(TestEvents.header(e, CloudEventHeaders.TYPE))
                        && e.value().contains(serviceId),
                Duration.ofSeconds(20)).orElseThrow(() -> new AssertionError("no ConsularServiceRecorded for " + serviceId));
    }

    @Test
    void anEvacuationAssistanceEntryCountsItsPersonsAndIsPublishedForTheDashboard() throws Exception {
        LocalDate day = LocalDate.parse("2020-04-14");
        Map<String, Object> evacuation = entry("EVACUATION_ASSISTANCE", day);
        evacuation.put("nationality", "DEU");
        evacuation.put("persons", 312);
        evacuation.put("summary", "Charter flight of the German embassy, CGK-FRA");
        String id = as(KEMLU).contentType(ContentType.JSON).body(evacuation).when().post("/api/v1/consular-services")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/consular-services/"))
                .body("count", equalTo(312))
                .body("persons", equalTo(312))
                .extract().path("id");

        as("joint-analyst").when().get("/api/v1/consular-services/" + id).then().statusCode(200)
                .body("serviceType", equalTo("EVACUATION_ASSISTANCE")).body("nationality", equalTo("DEU"));

        ConsumerRecord<String, String> r = published(id, id);
        assertEquals(List.of(), EventSchemas.validate(EventTypes.CONSULAR_SERVICE_RECORDED, r.value()));
        JsonNode p = JSON.readTree(r.value());
        assertEquals("EVACUATION_ASSISTANCE", p.get("serviceType").asText());
        assertEquals(312, p.get("count").asInt());
        assertEquals("DEU", p.get("nationality").asText());
        assertEquals("2020-04-14", p.get("occurredOn").asText());
        assertTrue(p.path("obligationId").isMissingNode() || p.get("obligationId").isNull());
    }

    @Test
    void anEntryForAnObligationIsKeyedByTheObligation() {
        UUID obligationId = UUID.randomUUID();
        Map<String, Object> clearance = entry("FLIGHT_CLEARANCE", LocalDate.parse("2020-04-20"));
        clearance.put("nationality", "AUS");
        clearance.put("flightNumber", "qf 6019");
        clearance.put("operator", "Qantas");
        clearance.put("obligationId", obligationId.toString());
        String id = as(KEMLU).contentType(ContentType.JSON).body(clearance).when().post("/api/v1/consular-services")
                .then().statusCode(201)
                .body("count", equalTo(1))
                .body("flightNumber", equalTo("QF 6019"))
                .body("obligationId", equalTo(obligationId.toString()))
                .extract().path("id");
        ConsumerRecord<String, String> r = published(obligationId.toString(), id);
        assertEquals(obligationId.toString(), TestEvents.header(r, CloudEventHeaders.SUBJECT));
    }

    @Test
    void anInvalidEntryIsRefusedNamingTheFieldAndNothingIsStoredOrPublished() {
        LocalDate day = unusedDay();
        Map<String, Object> noPersons = entry("EVACUATION_ASSISTANCE", day);
        noPersons.put("nationality", "FRA");
        as(KEMLU).contentType(ContentType.JSON).body(noPersons).when().post("/api/v1/consular-services").then()
                .statusCode(422).contentType("application/problem+json").body("errors.field", equalTo(List.of("persons")));

        Map<String, Object> unknownCountry = entry("HOTLINE_CASE", day);
        unknownCountry.put("nationality", "XYZ");
        unknownCountry.put("summary", "Caller asked about a stranded tourist");
        as(KEMLU).contentType(ContentType.JSON).body(unknownCountry).when().post("/api/v1/consular-services").then()
                .statusCode(422).body("errors.field", equalTo(List.of("nationality")));

        Map<String, Object> hotlineWithoutSummary = entry("HOTLINE_CASE", day);
        hotlineWithoutSummary.put("nationality", "NLD");
        as(KEMLU).contentType(ContentType.JSON).body(hotlineWithoutSummary).when().post("/api/v1/consular-services").then()
                .statusCode(422).body("errors.field", equalTo(List.of("summary")));

        Map<String, Object> documentsUncounted = entry("EXIT_PERMIT_ONLY", day);
        as(KEMLU).contentType(ContentType.JSON).body(documentsUncounted).when().post("/api/v1/consular-services").then()
                .statusCode(422).body("errors.field", equalTo(List.of("count")));

        Map<String, Object> flightOnAPermit = entry("DIPLOMATIC_STAY_PERMIT", day);
        flightOnAPermit.put("count", 3);
        flightOnAPermit.put("flightNumber", "GA 88");
        as(KEMLU).contentType(ContentType.JSON).body(flightOnAPermit).when().post("/api/v1/consular-services").then()
                .statusCode(422).body("errors.field", equalTo(List.of("flightNumber")));

        Map<String, Object> tomorrow = entry("OTHER", LocalDate.now().plusDays(2));
        tomorrow.put("summary", "Briefing for missions");
        as(KEMLU).contentType(ContentType.JSON).body(tomorrow).when().post("/api/v1/consular-services").then()
                .statusCode(422).body("errors.field", equalTo(List.of("occurredOn")));

        Map<String, Object> storyInsteadOfSummary = entry("OTHER", day);
        storyInsteadOfSummary.put("summary", "x".repeat(281));
        as(KEMLU).contentType(ContentType.JSON).body(storyInsteadOfSummary).when().post("/api/v1/consular-services").then()
                .statusCode(400).body("errors.field", equalTo(List.of("summary")));

        long stored = QuarkusTransaction.requiringNew().call(() -> ConsularServiceEntry.count("occurredOn", day));
        assertEquals(0, stored, "nothing stored");
        Number outbox = QuarkusTransaction.requiringNew().call(() -> (Number) Panache.getEntityManager().createNativeQuery(
                        "SELECT count(*) FROM outbox_event WHERE type = ?1 AND payload ->> 'occurredOn' = ?2")
                .setParameter(1, EventTypes.CONSULAR_SERVICE_RECORDED).setParameter(2, day.toString()).getSingleResult());
        assertEquals(0, outbox.intValue(), "nothing published");
    }

    @Test
    void theSummaryAddsUpHotlineCasesClearancesEvacueesAndPermitDocumentsLikeTheSeed() {
        LocalDate day = unusedDay();
        for (String country : List.of("AUS", "NLD", "USA")) {
            Map<String, Object> hotline = entry("HOTLINE_CASE", day);
            hotline.put("nationality", country);
            hotline.put("summary", "Question about leaving during the travel restrictions");
            record(hotline);
        }
        for (int clearances : List.of(200, 9)) {
            Map<String, Object> clearance = entry("FLIGHT_CLEARANCE", day);
            clearance.put("nationality", "DEU");
            clearance.put("flightNumber", "LH 9921");
            clearance.put("count", clearances);
            record(clearance);
        }
        for (int persons : List.of(13_000, 514)) {
            Map<String, Object> evacuation = entry("EVACUATION_ASSISTANCE", day);
            evacuation.put("nationality", "DEU");
            evacuation.put("persons", persons);
            record(evacuation);
        }
        for (Map.Entry<String, Integer> documents : Map.of("EXIT_PERMIT_ONLY", 4_000, "DIPLOMATIC_STAY_PERMIT", 500,
                "SERVICE_STAY_PERMIT", 280).entrySet()) {
            Map<String, Object> permits = entry(documents.getKey(), day);
            permits.put("count", documents.getValue());
            record(permits);
        }
        Map<String, Object> discretion = entry("HUMANITARIAN_DISCRETION", day);
        discretion.put("nationality", "PHL");
        discretion.put("summary", "Overstay charge waived: stranded by the suspension of flights");
        record(discretion);

        as("partner-agency").queryParam("from", day.toString()).queryParam("to", day.toString())
                .when().get("/api/v1/consular-services/summary").then().statusCode(200)
                .body("hotlineCases", equalTo(3))
                .body("flightClearances", equalTo(209))
                .body("personsEvacuated", equalTo(13_514))
                .body("permitDocuments", equalTo(4_780))
                .body("humanitarianDiscretions", equalTo(1))
                .body("byType.size()", equalTo(8))
                .body("byType.find { it.serviceType == 'EVACUATION_ASSISTANCE' }.entries", equalTo(2))
                .body("byType.find { it.serviceType == 'FLIGHT_CLEARANCE' }.entries", equalTo(2))
                .body("byType.find { it.serviceType == 'OTHER' }.count", equalTo(0));
        // The day before adds nothing.
        as("joint-analyst").queryParam("from", day.minusDays(1).toString()).queryParam("to", day.minusDays(1).toString())
                .when().get("/api/v1/consular-services/summary").then().statusCode(200).body("hotlineCases", equalTo(0));

        as("joint-analyst").queryParam("type", "evacuation_assistance").queryParam("from", day.toString())
                .queryParam("to", day.toString()).when().get("/api/v1/consular-services").then().statusCode(200)
                .body("size()", equalTo(2)).body("persons", hasItem(514)).body("nationality", everyItem(equalTo("DEU")));
        as(KEMLU).queryParam("nationality", "NLD").queryParam("from", day.toString()).queryParam("to", day.toString())
                .queryParam("size", 1).when().get("/api/v1/consular-services").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].serviceType", equalTo("HOTLINE_CASE"))
                .body("[0].hotlineStatus", equalTo("OPEN"));
        as(KEMLU).queryParam("from", "30 Sept").when().get("/api/v1/consular-services/summary").then().statusCode(400)
                .body("errors.field", hasItem("from"));
        as("partner-agency").when().get("/api/v1/consular-services").then().statusCode(403);
    }
}
