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
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static id.go.wna.infra.test.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

@QuarkusTest
class CaseIntakeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String IMIGRASI = "imigrasi-officer";

    private String open(String kind, String nationality, String province) {
        return as(IMIGRASI).contentType(ContentType.JSON)
                .body(Map.of("kind", kind, "nationality", nationality, "province", province,
                        "summary", "Stay permit misused for paid work (Pasal 122 a)"))
                .when().post("/api/v1/cases")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/cases/"))
                .body("status", equalTo("REPORTED"))
                .extract().path("id");
    }

    @Test
    void anOpenedCaseCanBeReadBackAndIsFoundBySearch() {
        String id = open("IMMIGRATION_CRIME", "AUS", "Bali");

        as(IMIGRASI).when().get("/api/v1/cases/" + id).then().statusCode(200)
                .body("id", equalTo(id))
                .body("kind", equalTo("IMMIGRATION_CRIME"))
                .body("nationality", equalTo("AUS"))
                .body("province", equalTo("Bali"));
        as(IMIGRASI).queryParam("nationality", "AUS").when().get("/api/v1/cases").then().statusCode(200)
                .body("id", hasItem(id))
                .body("nationality", not(hasItem("PHL")));
    }

    @Test
    void openingACasePublishesPseudonymousCaseOpenedWithCloudEventsHeaders() throws Exception {
        String id = open("CRIMINAL", "PHL", "DKI Jakarta");

        ConsumerRecord<String, String> record = TestEvents.find(RealInfrastructure.kafkaClient(), Topics.CASE_EVENTS,
                r -> id.equals(r.key()), Duration.ofSeconds(20)).orElseThrow(() -> new AssertionError("no event for case " + id));
        assertEquals(EventTypes.CASE_OPENED, TestEvents.header(record, CloudEventHeaders.TYPE));
        assertEquals(id, TestEvents.header(record, CloudEventHeaders.SUBJECT));
        assertEquals("/wna/case-service", TestEvents.header(record, CloudEventHeaders.SOURCE));
        assertEquals("1.0", TestEvents.header(record, CloudEventHeaders.SPEC_VERSION));
        assertNotNull(TestEvents.header(record, CloudEventHeaders.ID));
        assertNotNull(TestEvents.header(record, CloudEventHeaders.TIME));
        JsonNode payload = JSON.readTree(record.value());
        assertEquals(id, payload.get("caseId").asText());
        assertEquals("PHL", payload.get("nationality").asText());
        assertEquals("CRIMINAL", payload.get("kind").asText());
        assertFalse(payload.has("summary"), "free text may hold identity: it stays off the shared topic");
    }

    @Test
    void invalidCaseIsRefusedWithAProblemNamingEachFieldAndNothingIsRecorded() {
        int before = as(IMIGRASI).queryParam("size", 500).when().get("/api/v1/cases").then().extract().path("size()");

        as(IMIGRASI).contentType(ContentType.JSON).body(Map.of("nationality", "au", "province", ""))
                .when().post("/api/v1/cases")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItems("kind", "nationality", "province"));

        int after = as(IMIGRASI).queryParam("size", 500).when().get("/api/v1/cases").then().extract().path("size()");
        assertEquals(before, after);
    }

    @Test
    void anUnknownCaseKindIsRefusedNamingTheField() {
        as(IMIGRASI).contentType(ContentType.JSON).body(Map.of("kind", "PARKING", "nationality", "AUS", "province", "Bali"))
                .when().post("/api/v1/cases")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("kind"));
    }

    @Test
    void malformedJsonIsAProblemNotAStackTrace() {
        as(IMIGRASI).contentType(ContentType.JSON).body("{\"kind\": ")
                .when().post("/api/v1/cases")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", not(containsString("Exception")));
    }

    @Test
    void searchingByAnUnknownKindIsAProblemNamingTheParameter() {
        as(IMIGRASI).queryParam("kind", "parking").when().get("/api/v1/cases").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("kind"));
    }

    @Test
    void anUnknownCaseIsA404Problem() {
        as(IMIGRASI).when().get("/api/v1/cases/7d1f0a5e-0000-4000-8000-000000000000").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", endsWith("/not-found"));
    }

    @Test
    void anOversizedJsonBodyIsRefusedWith413AndNothingIsRecorded() {
        String summary = "x".repeat(3 * 1024 * 1024);
        as(IMIGRASI).contentType(ContentType.JSON)
                .body("{\"kind\":\"CIVIL\",\"nationality\":\"AUS\",\"province\":\"51\",\"summary\":\"" + summary + "\"}")
                .when().post("/api/v1/cases").then().statusCode(413).contentType("application/problem+json");
    }
}
