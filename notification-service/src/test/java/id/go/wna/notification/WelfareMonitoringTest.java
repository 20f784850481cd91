package id.go.wna.notification;

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
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static id.go.wna.infra.test.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Foreign nationals monitored in a crisis: status changes, their events, who may read what, and the audit trail. */
@QuarkusTest
class WelfareMonitoringTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEMLU = "kemlu-consular";

    /** A crisis code of this test alone, so its counts are its own. */
    private static String crisis() {
        return "TEST-" + ThreadLocalRandom.current().nextInt(1_000_000_000);
    }

    static Response report(String crisis, String nationality, String province, UUID personRef, String status) {
        Map<String, Object> body = new HashMap<>();
        body.put("crisis", crisis);
        body.put("nationality", nationality);
        body.put("status", status);
        body.put("observedAt", "2020-04-02T03:00:00Z");
        if (province != null) {
            body.put("province", province);
        }
        if (personRef != null) {
            body.put("personRef", personRef.toString());
        }
        return as(KEMLU).contentType(ContentType.JSON).body(body).when().post("/api/v1/welfare-reports");
    }

    static String reported(String crisis, String status) {
        return report(crisis, "AUS", "Bali", null, status).then().statusCode(201).extract().path("id");
    }

    static Response change(String id, String status, String observedAt, String ifMatch) {
        var request = as(KEMLU).contentType(ContentType.JSON).body(Map.of("status", status, "observedAt", observedAt));
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.when().post("/api/v1/welfare-reports/" + id + "/status");
    }

    /** A text field of an event's JSON payload (null when absent): the outbox stores jsonb, so spacing is its own. */
    private static String field(String json, String name) {
        try {
            JsonNode value = JSON.readTree(json).get(name);
            return value == null || value.isNull() ? null : value.asText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aWelfareStatusChangePublishesThePreviousAndTheNewStatus() throws Exception {
        UUID personRef = UUID.randomUUID();
        Response created = report("covid-19", "AUS", "51", personRef, "CLOSE_CONTACT");
        created.then().statusCode(201)
                .body("crisis", equalTo("COVID-19"))
                .body("provinceCode", equalTo("51"))
                .body("province", equalTo("Bali"))
                .body("allowedNextStatuses", equalTo(List.of("CONFIRMED", "RETURNED_TO_HOME_COUNTRY", "DIED")));
        String id = created.path("id");
        String etag = created.header("ETag");

        change(id, "CONFIRMED", "2020-04-06T03:00:00Z", etag).then().statusCode(200)
                .body("status", equalTo("CONFIRMED"))
                .body("history.status", equalTo(List.of("CLOSE_CONTACT", "CONFIRMED")))
                .body("history[1].previousStatus", equalTo("CLOSE_CONTACT"));
        // The ETag read before the change is stale now.
        change(id, "RECOVERED", "2020-04-20T03:00:00Z", etag).then().statusCode(412);
        // The same person twice in one crisis while still monitored: change the report instead.
        report("COVID-19", "AUS", "Bali", personRef, "CONFIRMED").then().statusCode(409);

        ConsumerRecord<String, String> r = TestEvents.find(RealInfrastructure.kafkaClient(), Topics.CONSULAR_EVENTS,
                e -> id.equals(e.key()) && EventTypes.WELFARE_STATUS_CHANGED.equals(TestEvents.header(e, CloudEventHeaders.TYPE))
                        && "CLOSE_CONTACT".equals(field(e.value(), "previousStatus")),
                Duration.ofSeconds(20)).orElseThrow(() -> new AssertionError("no WelfareStatusChanged"));
        assertEquals(List.of(), EventSchemas.validate(EventTypes.WELFARE_STATUS_CHANGED, r.value()));
        JsonNode p = JSON.readTree(r.value());
        assertEquals("CONFIRMED", p.get("status").asText());
        assertEquals(personRef.toString(), p.get("personRef").asText());
        assertEquals("AUS", p.get("nationality").asText());
        assertEquals("Bali", p.get("province").asText());
        assertEquals("COVID-19", p.get("crisis").asText());
        assertEquals("2020-04-06T03:00:00Z", p.get("changedAt").asText());

        assertTrue(TestEvents.find(RealInfrastructure.kafkaClient(), Topics.CONSULAR_EVENTS,
                e -> id.equals(e.key()) && EventTypes.WELFARE_STATUS_CHANGED.equals(TestEvents.header(e, CloudEventHeaders.TYPE))
                        && "CLOSE_CONTACT".equals(field(e.value(), "status")), Duration.ofSeconds(20)).isPresent(),
                "the first status is published too, without a previous one");
    }

    @Test
    void aReportForAnObligationIsKeyedByTheObligation() {
        UUID obligationId = UUID.randomUUID();
        Map<String, Object> body = Map.of("crisis", "COVID-19", "nationality", "NLD", "status", "CONFIRMED",
                "observedAt", "2020-05-01T03:00:00Z", "obligationId", obligationId.toString());
        String id = as(KEMLU).contentType(ContentType.JSON).body(body).when().post("/api/v1/welfare-reports")
                .then().statusCode(201).extract().path("id");
        assertTrue(TestEvents.find(RealInfrastructure.kafkaClient(), Topics.CONSULAR_EVENTS,
                e -> obligationId.toString().equals(e.key()) && e.value().contains(id), Duration.ofSeconds(20)).isPresent());
    }

    @Test
    void aPersonWhoDiedCannotRecoverAndAWrongStepListsTheAllowedOnes() {
        String crisis = crisis();
        String died = reported(crisis, "CONFIRMED");
        change(died, "DIED", "2020-04-10T03:00:00Z", null).then().statusCode(200).body("allowedNextStatuses", equalTo(List.of()));
        change(died, "RECOVERED", "2020-04-20T03:00:00Z", null).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", containsString("forbidden-transition"))
                .body("detail", containsString("DIED is final"));

        String contact = reported(crisis, "CLOSE_CONTACT");
        change(contact, "RECOVERED", "2020-04-20T03:00:00Z", null).then().statusCode(409)
                .body("allowed", equalTo(List.of("CONFIRMED", "RETURNED_TO_HOME_COUNTRY", "DIED")));
        change(contact, "CLOSE_CONTACT", "2020-04-20T03:00:00Z", null).then().statusCode(409);
        change(contact, "CONFIRMED", "2020-03-01T03:00:00Z", null).then().statusCode(422)
                .body("errors.field", equalTo(List.of("observedAt")));

        report(crisis, "ZZZ", null, null, "CONFIRMED").then().statusCode(422).body("errors.field", equalTo(List.of("nationality")));
        report(crisis, "AUS", "Atlantis", null, "CONFIRMED").then().statusCode(422).body("errors.field", equalTo(List.of("province")));
        report("COVID 19!", "AUS", null, null, "CONFIRMED").then().statusCode(422).body("errors.field", equalTo(List.of("crisis")));
        as(KEMLU).when().get("/api/v1/welfare-reports/summary?crisis=" + crisis).then().statusCode(200)
                .body("reports", equalTo(2));
    }

    @Test
    void theSummaryCountsWhereEachPersonStandsAndWhatTheyEverReachedAndAnalystsSeeOnlyAggregates() {
        String crisis = crisis();
        for (int i = 0; i < 3; i++) {
            reported(crisis, "CLOSE_CONTACT");
        }
        String recovered = reported(crisis, "CONFIRMED");
        change(recovered, "RECOVERED", "2020-04-20T03:00:00Z", null).then().statusCode(200);
        String returned = reported(crisis, "CLOSE_CONTACT");
        change(returned, "CONFIRMED", "2020-04-05T03:00:00Z", null).then().statusCode(200);
        change(returned, "RECOVERED", "2020-04-19T03:00:00Z", null).then().statusCode(200);
        change(returned, "RETURNED_TO_HOME_COUNTRY", "2020-04-25T03:00:00Z", null).then().statusCode(200);
        String died = reported(crisis, "CONFIRMED");
        change(died, "DIED", "2020-04-12T03:00:00Z", null).then().statusCode(200);

        as("joint-analyst").queryParam("crisis", crisis).when().get("/api/v1/welfare-reports/summary").then().statusCode(200)
                .body("crisis", equalTo(crisis))
                .body("reports", equalTo(6))
                .body("current.CLOSE_CONTACT", equalTo(3))
                .body("current.CONFIRMED", equalTo(0))
                .body("current.RECOVERED", equalTo(1))
                .body("current.RETURNED_TO_HOME_COUNTRY", equalTo(1))
                .body("current.DIED", equalTo(1))
                .body("everReached.CLOSE_CONTACT", equalTo(4))
                .body("everReached.CONFIRMED", equalTo(3))
                .body("everReached.RECOVERED", equalTo(2))
                .body("everReached.RETURNED_TO_HOME_COUNTRY", equalTo(1))
                .body("everReached.DIED", equalTo(1));

        as("joint-analyst").queryParam("crisis", crisis).queryParam("status", "close_contact").queryParam("province", "bali")
                .when().get("/api/v1/welfare-reports").then().statusCode(200)
                .body("size()", equalTo(3))
                .body("status", everyItem(equalTo("CLOSE_CONTACT")))
                .body("[0]", not(hasKey("personRef")));
        as("joint-analyst").when().get("/api/v1/welfare-reports/" + died).then().statusCode(403);
        as("partner-agency").queryParam("crisis", crisis).when().get("/api/v1/welfare-reports/summary").then().statusCode(403);
        as(KEMLU).when().get("/api/v1/welfare-reports/summary").then().statusCode(400)
                .body("errors.field", equalTo(List.of("crisis")));
    }

    @Test
    void aSingleReportReadIsWrittenToTheAuditLogWithItsPurpose() {
        UUID personRef = UUID.randomUUID();
        String id = report(crisis(), "PHL", "DKI Jakarta", personRef, "CONFIRMED").then().statusCode(201).extract().path("id");

        as("kemlu-supervisor", "supervisor-" + id).header("X-Purpose", "repatriation planning with the mission")
                .when().get("/api/v1/welfare-reports/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("personRef", equalTo(personRef.toString()))
                .body("history.size()", equalTo(1))
                .body("history[0].previousStatus", nullValue());

        List<Map<String, Object>> rows = as("auditor").queryParam("personRef", personRef.toString())
                .when().get("/api/v1/audit").then().statusCode(200).extract().path("$");
        assertEquals(1, rows.size(), "one read, one audit row");
        Map<String, Object> row = rows.get(0);
        assertEquals("welfare report", row.get("what"));
        assertEquals(id, row.get("resource"));
        assertEquals("supervisor-" + id, row.get("subject"));
        assertEquals("repatriation planning with the mission", row.get("purpose"));
        assertFalse(String.valueOf(row.get("path")).isEmpty());
    }
}
