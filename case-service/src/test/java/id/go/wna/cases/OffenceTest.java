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
import java.util.List;
import java.util.Map;

import static id.go.wna.infra.test.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Immigration offences are checked against the UU 6/2011 catalogue and announced pseudonymously. */
@QuarkusTest
class OffenceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String caseWithPerson() {
        String person = as("imigrasi-officer").contentType(ContentType.JSON)
                .body(Map.of("mrz", PersonRegistrationTest.mrz("CHN", "WANG", "WEI", PersonRegistrationTest.newNumber(), "900606", 'M', "300606")))
                .when().post("/api/v1/persons").then().statusCode(201).extract().path("id");
        return as("imigrasi-officer").contentType(ContentType.JSON)
                .body(Map.of("kind", "IMMIGRATION_CRIME", "nationality", "CHN", "province", "Kepulauan Riau", "personId", person))
                .when().post("/api/v1/cases").then().statusCode(201).extract().path("id");
    }

    @Test
    void theCatalogueListsTheImmigrationCrimesWithTheirPenaltiesForEveryRole() {
        as("partner-agency").when().get("/api/v1/reference/offences").then().statusCode(200)
                .body("article", hasItems("113", "119", "122", "124(a)", "124(b)", "114(1)", "114(2)", "135"))
                .body("find { it.article == '122' }.detentionPermitted", equalTo(true))
                .body("find { it.article == '116' }.detentionPermitted", equalTo(false))
                .body("find { it.article == '120' }.descriptionId", equalTo("Penyelundupan Manusia"));
    }

    @Test
    void anOffenceUnderAKnownArticleIsRecordedAndPublishedWithoutIdentity() throws Exception {
        String caseId = caseWithPerson();
        as("imigrasi-officer").contentType(ContentType.JSON)
                .body(Map.of("article", "122 a", "committedOn", "2026-11-01", "description", "worked as a tour guide on a visit permit"))
                .when().post("/api/v1/cases/" + caseId + "/offences").then().statusCode(201)
                .body("article", equalTo("122"))
                .body("letter", equalTo("a"))
                .body("detentionPermitted", equalTo(true));

        ConsumerRecord<String, String> r = TestEvents.find(RealInfrastructure.kafkaClient(), Topics.CASE_EVENTS,
                rec -> caseId.equals(rec.key()) && EventTypes.OFFENCE_RECORDED.equals(TestEvents.header(rec, CloudEventHeaders.TYPE)),
                Duration.ofSeconds(20)).orElseThrow(() -> new AssertionError("no OffenceRecorded"));
        assertEquals(List.of(), EventSchemas.validate(EventTypes.OFFENCE_RECORDED, r.value()));
        JsonNode payload = JSON.readTree(r.value());
        assertEquals("122 a", payload.get("article").asText());
        assertEquals("CHN", payload.get("nationality").asText());
        assertEquals(false, r.value().contains("WANG"));
    }

    @Test
    void anArticleOutsideTheCatalogueIsA422NamingTheField() {
        String caseId = caseWithPerson();
        as("imigrasi-officer").contentType(ContentType.JSON).body(Map.of("article", "999"))
                .when().post("/api/v1/cases/" + caseId + "/offences").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("article"));
    }
}
