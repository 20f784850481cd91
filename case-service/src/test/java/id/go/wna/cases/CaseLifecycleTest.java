package id.go.wna.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.contracts.CloudEventHeaders;
import id.go.wna.contracts.EventTypes;
import id.go.wna.contracts.Topics;
import id.go.wna.infra.test.RealInfrastructure;
import id.go.wna.infra.test.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static id.go.wna.infra.test.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** REPORTED → VERIFIED → ACTIVE → RESOLVED → ARCHIVED, enforced: what an officer may and may not do to a case. */
@QuarkusTest
class CaseLifecycleTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String IMIGRASI = "imigrasi-officer";
    private static final List<String> EVERY_STEP = List.of("REPORTED", "VERIFIED", "ARCHIVED",
            "ACTIVE:INVESTIGATION", "ACTIVE:PROSECUTION", "ACTIVE:TRIAL", "ACTIVE:SERVING_SENTENCE",
            "ACTIVE:ADMINISTRATIVE_PROCESS", "ACTIVE:DETAINED_AWAITING_DEPORTATION",
            "RESOLVED:RELEASED", "RESOLVED:ACQUITTED", "RESOLVED:DEPORTED", "RESOLVED:SENTENCE_COMPLETED",
            "RESOLVED:TRANSFERRED_ABROAD", "RESOLVED:DECEASED", "RESOLVED:WITHDRAWN");

    static String report(String kind, String province) {
        return as(IMIGRASI).contentType(ContentType.JSON)
                .body(Map.of("kind", kind, "nationality", "NGA", "province", province, "reportingAgency", "POLRI"))
                .when().post("/api/v1/cases").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> step(String step) {
        String[] parts = step.split(":");
        Map<String, Object> body = new HashMap<>();
        body.put("status", parts[0]);
        if (parts.length > 1) {
            body.put(parts[0].equals("ACTIVE") ? "stage" : "outcome", parts[1]);
        }
        return body;
    }

    static ExtractableResponse<Response> move(String caseId, String step) {
        return as(IMIGRASI).contentType(ContentType.JSON).body(step(step))
                .when().post("/api/v1/cases/" + caseId + "/transitions").then().extract();
    }

    @Test
    void aNewCaseIsReportedWithAReadableNumberAndItsProvinceByBpsCode() {
        String id = report("IMMIGRATION_CRIME", "bali");
        as(IMIGRASI).when().get("/api/v1/cases/" + id).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("status", equalTo("REPORTED"))
                .body("caseNumber", matchesPattern("IMC-51-\\d{4}-\\d{5}"))
                .body("provinceCode", equalTo("51"))
                .body("province", equalTo("Bali"))
                .body("reportingAgency", equalTo("POLRI"))
                .body("leadAgency", equalTo("POLRI"))
                .body("allowedTransitions", equalTo(List.of("VERIFIED", "RESOLVED:WITHDRAWN", "RESOLVED:DECEASED")))
                .body("timeline.type", equalTo(List.of("CASE_REPORTED")));
        String number = as(IMIGRASI).when().get("/api/v1/cases/" + id).then().extract().path("caseNumber");
        as(IMIGRASI).queryParam("caseNumber", number.toLowerCase()).when().get("/api/v1/cases").then().statusCode(200)
                .body("id", equalTo(List.of(id)));
        as(IMIGRASI).queryParam("province", "51").queryParam("status", "reported").when().get("/api/v1/cases").then()
                .statusCode(200).body("id", hasItem(id));
    }

    @Test
    void aProvinceThatDoesNotExistIsRefusedNamingTheField() {
        as(IMIGRASI).contentType(ContentType.JSON).body(Map.of("kind", "CIVIL", "nationality", "NGA", "province", "Atlantis"))
                .when().post("/api/v1/cases").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("province"));
    }

    @Test
    void aCriminalCaseGoesThroughEveryStageAndEveryForbiddenMoveIsRefusedWithTheAllowedOnes() throws Exception {
        String id = report("CRIMINAL", "31");
        List<String> path = List.of("VERIFIED", "ACTIVE:INVESTIGATION", "ACTIVE:PROSECUTION", "ACTIVE:TRIAL",
                "ACTIVE:SERVING_SENTENCE", "ACTIVE:DETAINED_AWAITING_DEPORTATION", "RESOLVED:DEPORTED", "ARCHIVED");
        String current = "REPORTED";
        for (String next : path) {
            ExtractableResponse<Response> before = as(IMIGRASI).when().get("/api/v1/cases/" + id).then().extract();
            List<String> allowed = before.path("allowedTransitions");
            int version = before.path("version");
            for (String forbidden : EVERY_STEP) {
                if (allowed.contains(forbidden)) {
                    continue;
                }
                ExtractableResponse<Response> refused = move(id, forbidden);
                assertEquals(409, refused.statusCode(), current + " → " + forbidden + " must be refused");
                assertEquals(allowed, refused.path("allowed"), "the refusal lists what is allowed from " + current);
                String detail = refused.path("detail");
                assertTrue(detail.contains(current), detail);
            }
            as(IMIGRASI).when().get("/api/v1/cases/" + id).then().body("version", equalTo(version)); // nothing changed
            assertTrue(allowed.contains(next), next + " should be allowed from " + current + ": " + allowed);
            assertEquals(200, move(id, next).statusCode(), current + " → " + next);
            current = next;
        }
        as(IMIGRASI).when().get("/api/v1/cases/" + id).then().statusCode(200)
                .body("status", equalTo("ARCHIVED"))
                .body("outcome", equalTo("DEPORTED"))
                .body("allowedTransitions", equalTo(List.of()))
                .body("timeline.findAll { it.type == 'STATUS_CHANGED' }.size()", equalTo(path.size()));

        List<JsonNode> changes = new ArrayList<>();
        TestEvents.find(RealInfrastructure.kafkaClient(), Topics.CASE_EVENTS, r -> {
            if (id.equals(r.key()) && EventTypes.CASE_STATUS_CHANGED.equals(TestEvents.header(r, CloudEventHeaders.TYPE))) {
                changes.add(read(r));
            }
            return changes.size() == path.size();
        }, Duration.ofSeconds(20));
        assertEquals(path.size(), changes.size(), "one CaseStatusChanged per move, none for refusals");
        assertEquals("ACTIVE", changes.get(3).get("status").asText());
        assertEquals("TRIAL", changes.get(3).get("stage").asText());
        assertEquals("DEPORTED", changes.get(6).get("outcome").asText());
        assertEquals("RESOLVED", changes.get(7).get("previousStatus").asText());
    }

    @Test
    void anAdministrativeActionCaseCannotGoToTrialNorEndInAnAcquittal() {
        String id = report("ADMINISTRATIVE_ACTION", "21");
        assertEquals(200, move(id, "VERIFIED").statusCode());
        ExtractableResponse<Response> trial = move(id, "ACTIVE:TRIAL");
        assertEquals(409, trial.statusCode());
        assertEquals(List.of("ACTIVE:ADMINISTRATIVE_PROCESS", "ACTIVE:DETAINED_AWAITING_DEPORTATION", "RESOLVED:WITHDRAWN",
                "RESOLVED:DECEASED"), trial.path("allowed"));
        assertEquals(200, move(id, "ACTIVE:ADMINISTRATIVE_PROCESS").statusCode());
        assertEquals(409, move(id, "RESOLVED:ACQUITTED").statusCode());
        assertEquals(200, move(id, "RESOLVED:DEPORTED").statusCode());
    }

    @Test
    void aStageIsRequiredToActivateAndAnOutcomeToResolve() {
        String id = report("CIVIL", "51");
        move(id, "VERIFIED");
        as(IMIGRASI).contentType(ContentType.JSON).body(Map.of("status", "ACTIVE"))
                .when().post("/api/v1/cases/" + id + "/transitions").then().statusCode(422).body("errors.field", hasItem("stage"));
        as(IMIGRASI).contentType(ContentType.JSON).body(Map.of("status", "RESOLVED"))
                .when().post("/api/v1/cases/" + id + "/transitions").then().statusCode(422).body("errors.field", hasItem("outcome"));
        as(IMIGRASI).contentType(ContentType.JSON).body(Map.of("status", "SOLVED"))
                .when().post("/api/v1/cases/" + id + "/transitions").then().statusCode(400).body("errors.field", hasItem("status"));
    }

    @Test
    void aChangeBasedOnAStaleReadIsRefusedAndAFreshOneApplies() {
        String id = report("CRIMINAL", "51");
        String etag = as(IMIGRASI).when().get("/api/v1/cases/" + id).then().extract().header("ETag");
        String newer = as(IMIGRASI).contentType(ContentType.JSON).header("If-Match", etag).body(step("VERIFIED"))
                .when().post("/api/v1/cases/" + id + "/transitions").then().statusCode(200)
                .body("status", equalTo("VERIFIED")).extract().header("ETag");
        assertTrue(!newer.equals(etag), "a change gives a new ETag");

        // A colleague still holding the first read tries to withdraw the report.
        as(IMIGRASI).contentType(ContentType.JSON).header("If-Match", etag).body(step("RESOLVED:WITHDRAWN"))
                .when().post("/api/v1/cases/" + id + "/transitions").then().statusCode(412)
                .contentType("application/problem+json")
                .body("detail", containsString("read it again"));
        as(IMIGRASI).when().get("/api/v1/cases/" + id).then().body("status", equalTo("VERIFIED")).header("ETag", newer);
        as(IMIGRASI).contentType(ContentType.JSON).header("If-Match", newer).body(step("ACTIVE:INVESTIGATION"))
                .when().post("/api/v1/cases/" + id + "/transitions").then().statusCode(200);
    }

    @Test
    void onlyImmigrationOfficersMoveCasesAndUnknownCasesAre404() {
        String id = report("CRIMINAL", "51");
        as("kemlu-consular").contentType(ContentType.JSON).body(step("VERIFIED"))
                .when().post("/api/v1/cases/" + id + "/transitions").then().statusCode(403);
        as(IMIGRASI).contentType(ContentType.JSON).body(step("VERIFIED"))
                .when().post("/api/v1/cases/" + java.util.UUID.randomUUID() + "/transitions").then().statusCode(404);
        as(IMIGRASI).when().get("/api/v1/cases/" + id).then().body("allowedTransitions", hasItems("VERIFIED"));
    }

    private static JsonNode read(ConsumerRecord<String, String> r) {
        try {
            return JSON.readTree(r.value());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
