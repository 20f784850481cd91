package id.go.wna.cases;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.contracts.CloudEventHeaders;
import id.go.wna.contracts.EventTypes;
import id.go.wna.contracts.Topics;
import id.go.wna.infra.test.RealInfrastructure;
import id.go.wna.infra.test.TestEvents;
import id.go.wna.platform.idempotency.IdempotencyKeys;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.List;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static id.go.wna.infra.test.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** POSTs that create accept an Idempotency-Key: a retried request gets the first result, nothing is created twice. */
@QuarkusTest
class IdempotentWritesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String IMIGRASI = "imigrasi-officer";

    @Inject
    IdempotencyKeys keys;
    @Inject
    AgroalDataSource dataSource;

    /** A summary no other test uses, so this test's cases and events can be counted alone. */
    private static String uniqueSummary() {
        return "Overstay of 61 days (Pasal 78), idem " + UUID.randomUUID();
    }

    private static String caseBody(String summary) {
        return "{\"kind\":\"IMMIGRATION_CRIME\",\"nationality\":\"AUS\",\"province\":\"51\",\"summary\":\"" + summary + "\"}";
    }

    /** The cases recorded with this summary. */
    private List<String> casesWith(String summary) throws Exception {
        List<String> ids = new ArrayList<>();
        try (var c = dataSource.getConnection(); var ps = c.prepareStatement("SELECT id FROM case_file WHERE summary = ?")) {
            ps.setString(1, summary);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    private static ExtractableResponse<Response> openCase(String key, String body) {
        return as(IMIGRASI).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/cases").then().extract();
    }

    @Test
    void aRetriedCaseOpeningGetsTheFirstCaseBackAndOpensNoSecondOne() throws Exception {
        String summary = uniqueSummary();
        String key = UUID.randomUUID().toString();

        ExtractableResponse<Response> first = openCase(key, caseBody(summary));
        ExtractableResponse<Response> retry = openCase(key, caseBody(summary));

        assertEquals(201, first.statusCode());
        assertEquals(null, first.header("Idempotent-Replayed"));
        String id = first.path("id");
        assertEquals(201, retry.statusCode());
        assertEquals("true", retry.header("Idempotent-Replayed"));
        assertEquals(id, retry.path("id"));
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.contentType(), retry.contentType());
        assertEquals(first.asString(), retry.asString());

        assertEquals(List.of(id), casesWith(summary));
        TestEvents.find(RealInfrastructure.kafkaClient(), Topics.CASE_EVENTS, r -> id.equals(r.key()),
                Duration.ofSeconds(20)).orElseThrow(() -> new AssertionError("no event for case " + id));
        assertEquals(1, caseOpenedEventsOf(casesWith(summary)), "one CaseOpened on the broker for this test's case");
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedNamingTheHeader() {
        String key = UUID.randomUUID().toString();
        assertEquals(201, openCase(key, caseBody(uniqueSummary())).statusCode());

        as(IMIGRASI).contentType(ContentType.JSON).header("Idempotency-Key", key).body(caseBody(uniqueSummary()))
                .when().post("/api/v1/cases")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"))
                .header("Idempotent-Replayed", nullValue());
    }

    @Test
    void twoCallersUsingTheSameKeyEachGetTheirOwnCase() throws Exception {
        String key = UUID.randomUUID().toString();
        String summary = uniqueSummary();

        String forA = as(IMIGRASI, "officer-denpasar").contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(caseBody(summary)).when().post("/api/v1/cases")
                .then().statusCode(201).header("Idempotent-Replayed", nullValue()).extract().path("id");
        String forB = as(IMIGRASI, "officer-batam").contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(caseBody(summary)).when().post("/api/v1/cases")
                .then().statusCode(201).header("Idempotent-Replayed", nullValue()).extract().path("id");

        assertNotEquals(forA, forB);
        assertEquals(2, casesWith(summary).size());
    }

    @Test
    void aRefusedRequestLeavesTheKeyFreeForTheCorrectedOne() {
        String key = UUID.randomUUID().toString();
        String summary = uniqueSummary();

        as(IMIGRASI).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body("{\"kind\":\"IMMIGRATION_CRIME\",\"nationality\":\"au\",\"province\":\"51\",\"summary\":\"" + summary + "\"}")
                .when().post("/api/v1/cases")
                .then().statusCode(400).body("errors[0].field", equalTo("nationality"));

        ExtractableResponse<Response> corrected = openCase(key, caseBody(summary));
        assertEquals(201, corrected.statusCode());
        assertEquals(null, corrected.header("Idempotent-Replayed"));
        ExtractableResponse<Response> retry = openCase(key, caseBody(summary));
        assertEquals("true", retry.header("Idempotent-Replayed"));
        assertEquals((String) corrected.path("id"), retry.path("id"));
    }

    @Test
    void anEmptyOrOverlongKeyIsRefusedNamingTheHeader() {
        for (String key : new String[] {"", "k".repeat(256)}) {
            as(IMIGRASI).contentType(ContentType.JSON).header("Idempotency-Key", key).body(caseBody(uniqueSummary()))
                    .when().post("/api/v1/cases")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("Idempotency-Key"));
        }
    }

    @Test
    void aRetryWhileTheFirstRequestIsStillRunningIsAConflict() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = caseBody(uniqueSummary());
        // The first request is in progress: it claimed the key and has not answered yet.
        keys.claim("local-" + IMIGRASI, key, new IdempotencyKeys.Fingerprint("POST", "/api/v1/cases", sha256(body)),
                UUID.randomUUID());

        as(IMIGRASI).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/cases")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("still being processed"));
    }

    @Test
    void aKeyWhoseFirstRequestNeverFinishedIsTakenOverAfterAWhile() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = caseBody(uniqueSummary());
        // The service died after claiming the key: the claim is left in progress, and ages past the take-over time.
        keys.claim("local-" + IMIGRASI, key, new IdempotencyKeys.Fingerprint("POST", "/api/v1/cases", sha256(body)),
                UUID.randomUUID());
        age(key, "10 minutes");

        String id = openCase(key, body).path("id");
        ExtractableResponse<Response> retry = openCase(key, body);
        assertEquals("true", retry.header("Idempotent-Replayed"));
        assertEquals(id, retry.path("id"));
    }

    @Test
    void aKeyOlderThanTheRetentionIsForgottenAndOpensANewCase() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = caseBody(uniqueSummary());
        String first = openCase(key, body).path("id");
        age(key, "25 hours");
        keys.deleteExpired(); // what the outbox relay's once-a-minute cleanup runs

        ExtractableResponse<Response> later = openCase(key, body);
        assertEquals(201, later.statusCode());
        assertEquals(null, later.header("Idempotent-Replayed"));
        assertNotEquals(first, later.path("id"));
    }

    private void age(String key, String by) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "UPDATE idempotency_key SET created_at = now() - CAST(? AS interval) WHERE idem_key = ?")) {
            ps.setString(1, by);
            ps.setString(2, key);
            ps.executeUpdate();
        }
    }

    /** CaseOpened events on the broker for any of these cases, counted for a few seconds. */
    private static int caseOpenedEventsOf(List<String> caseIds) {
        AtomicInteger count = new AtomicInteger();
        TestEvents.find(RealInfrastructure.kafkaClient(), Topics.CASE_EVENTS, r -> {
            try {
                if (EventTypes.CASE_OPENED.equals(TestEvents.header(r, CloudEventHeaders.TYPE))
                        && caseIds.contains(JSON.readTree(r.value()).path("caseId").asText())) {
                    count.incrementAndGet();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return false;
        }, Duration.ofSeconds(4));
        return count.get();
    }

    private static String sha256(String body) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
    }
}
