package id.go.wna.cases;

import id.go.wna.infra.test.BadInputContract;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static id.go.wna.infra.test.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Malformed input against every operation of case-service: no 5xx, every error problem+json, nothing invalid stored;
 * and the cases of issue 16 one by one, with the field each refusal names.
 */
@QuarkusTest
class BadInputTest extends BadInputContract {

    @Override
    protected Map<String, Set<String>> matrix() {
        return new SecurityMatrixTest().matrix();
    }

    private static io.restassured.response.ValidatableResponse post(String path, String json) {
        return as("imigrasi-officer").contentType("application/json").body(json.getBytes(StandardCharsets.UTF_8)).when().post(path)
                .then().contentType("application/problem+json");
    }

    @Test
    void aCaseKindGivenByItsPositionIsRefusedNamingKind() {
        for (String kind : new String[]{"\"4\"", "4", "\"death\""}) {
            post("/api/v1/cases", "{\"kind\":" + kind + ",\"nationality\":\"AUS\",\"province\":\"Bali\"}").statusCode(400)
                    .body("errors.field", hasItem("kind"));
        }
    }

    @Test
    void duplicateKeysAndTrailingTokensAreRefused() {
        post("/api/v1/cases", "{\"kind\":\"DEATH\",\"kind\":\"CRIMINAL\",\"nationality\":\"AUS\",\"province\":\"Bali\"}").statusCode(400);
        post("/api/v1/cases", "{\"kind\":\"DEATH\",\"nationality\":\"AUS\",\"province\":\"Bali\"} {}").statusCode(400);
    }

    @Test
    void aNulOrALoneSurrogateInATextFieldIsRefusedNamingIt() {
        post("/api/v1/cases", "{\"kind\":\"DEATH\",\"nationality\":\"AUS\",\"province\":\"Bali\",\"summary\":\"a\\u0000b\"}")
                .statusCode(400).body("errors.field", hasItem("summary"));
        post("/api/v1/cases", "{\"kind\":\"DEATH\",\"nationality\":\"AUS\",\"province\":\"Bali\",\"summary\":\"\\ud800\"}")
                .statusCode(400).body("errors.field", hasItem("summary"));
    }

    @Test
    void aNulInAQueryOrPathParameterIsRefusedNamingIt() {
        as("imigrasi-officer").urlEncodingEnabled(false).when().get("/api/v1/cases?caseNumber=IMC%00").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("caseNumber"));
        as("imigrasi-officer").urlEncodingEnabled(false).when().get("/api/v1/presence/imports/a%00b").then()
                .contentType("application/problem+json");
    }

    @Test
    void nullItemsAndInvalidItemsOfChargesAreRefusedNamingTheItem() {
        String custody = "/api/v1/cases/" + UUID.randomUUID() + "/custody";
        String start = "{\"custodyType\":\"ARREST\",\"facilityType\":\"POLICE_CELL\",\"facilityName\":\"Polda Bali\",\"province\":\"Bali\","
                + "\"arrestingAuthority\":\"POLRI\",\"startedAt\":\"2026-01-01T00:00:00Z\",\"charges\":";
        post(custody, start + "[null]}").statusCode(400).body("errors.field", hasItem("charges[0]"));
        post(custody, start + "[{\"statute\":\" \",\"article\":\"" + "9".repeat(10_000) + "\"}]}").statusCode(400)
                .body("errors.field", hasItems("charges[0].statute", "charges[0].article"));
    }

    @Test
    void impossibleDatesAndNumbersAsDatesAreRefusedNamingTheField() {
        String custody = "/api/v1/cases/" + UUID.randomUUID() + "/custody";
        String start = "{\"custodyType\":\"ARREST\",\"facilityType\":\"POLICE_CELL\",\"facilityName\":\"Polda Bali\",\"province\":\"Bali\","
                + "\"arrestingAuthority\":\"POLRI\",\"startedAt\":";
        for (String at : new String[]{"\"0000-01-01T00:00:00Z\"", "\"+999999999-12-31T23:59:59Z\"", "\"1899-12-31T23:59:59Z\"", "1700000000"}) {
            post(custody, start + at + "}").statusCode(400).body("errors.field", hasItem("startedAt"));
        }
        post("/api/v1/persons", "{\"surname\":\"X\",\"birthDate\":\"0000-01-01\"}").statusCode(400).body("errors.field", hasItem("birthDate"));
        post("/api/v1/persons", "{\"surname\":\"X\",\"birthDate\":20000}").statusCode(400).body("errors.field", hasItem("birthDate"));
    }

    @Test
    void anImportRowWithNulIsRejectedByLineAndFieldAndTheOtherRowsAreImported() {
        String at = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        String header = "movementId,type,occurredAt,documentIssuingState,documentNumber,nationality,sex,portCode,province";
        String good = UUID.randomUUID() + ",ARRIVAL," + at + ",AUS," + PersonRegistrationTest.newNumber() + ",AUS,F,DPS,Bali";
        String nul = UUID.randomUUID() + ",ARRIVAL," + at + ",AUS,PX\u00009,AUS,F,DPS,Bali";
        JsonPath job = as("imigrasi-officer").contentType("text/csv").body((header + "\n" + nul + "\n" + good + "\n").getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/presence/imports").then().statusCode(202).extract().jsonPath();
        assertEquals(1, job.getLong("accepted"));
        assertEquals(1, job.getLong("rejected"));
        as("imigrasi-officer").when().get("/api/v1/presence/imports/" + job.getString("id") + "/errors").then().statusCode(200)
                .body("[0].line", equalTo(2)).body("[0].field", equalTo("documentNumber"));

        String surrogate = "{\"movementId\":\"" + UUID.randomUUID() + "\",\"type\":\"ARRIVAL\",\"occurredAt\":\"" + at
                + "\",\"documentIssuingState\":\"AUS\",\"documentNumber\":\"\\ud800\",\"nationality\":\"AUS\",\"sex\":\"F\","
                + "\"portCode\":\"DPS\",\"province\":\"Bali\"}";
        JsonPath ndjson = as("imigrasi-officer").contentType("application/x-ndjson").body((surrogate + "\n").getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/presence/imports").then().statusCode(202).extract().jsonPath();
        assertEquals(1, ndjson.getLong("rejected"));
        as("imigrasi-officer").when().get("/api/v1/presence/imports/" + ndjson.getString("id") + "/errors").then().statusCode(200)
                .body("[0].line", equalTo(1)).body("[0].field", equalTo("documentNumber"));
    }
}
