package id.go.wna.dashboard;

import id.go.wna.contracts.CloudEventHeaders;
import id.go.wna.contracts.EventTypes;
import id.go.wna.contracts.Topics;
import id.go.wna.infra.test.RealInfrastructure;
import id.go.wna.infra.test.TestEvents;
import id.go.wna.platform.consumer.DeadLetters;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static id.go.wna.infra.test.Api.as;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Records the dashboard cannot process go to the dead letters with their reason, the records after them are still
 * applied, and an operator can re-drive a corrected record.
 */
@QuarkusTest
class DeadLetterTest {

    private static final Map<String, Object> BROKER = RealInfrastructure.kafkaClient();

    private static String caseOpened(String caseId, String nationality, String province) {
        return """
                {"caseId":"%s","kind":"CRIMINAL","status":"OPEN","nationality":"%s","province":"%s","openedAt":"2026-11-20T03:00:00Z"}"""
                .formatted(caseId, nationality, province);
    }

    private static long casesOf(String nationality) {
        JsonPath stats = as("joint-analyst").queryParam("by", "nationality").when().get("/api/v1/cases/stats").then().extract().jsonPath();
        Integer n = stats.param("k", nationality).get("counts.find { it.key == k }.cases");
        return n == null ? 0 : n;
    }

    private static Map<String, Object> deadLetterFor(String key) {
        List<Map<String, Object>> all = as("admin").queryParam("size", 500).when().get("/api/v1/admin/dead-letters")
                .then().statusCode(200).extract().jsonPath().getList("$");
        return all.stream().filter(d -> key.equals(d.get("key"))).findFirst().orElse(null);
    }

    private static void sendWithoutHeaders(String key, String value) throws Exception {
        sendWithHeaders(key, value, Map.of());
    }

    private static void sendWithHeaders(String key, String value, Map<String, String> headers) throws Exception {
        try (KafkaProducer<String, String> p = new KafkaProducer<>(RealInfrastructure.kafkaClient(),
                new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> r = new ProducerRecord<>(Topics.CASE_EVENTS, key, value);
            headers.forEach((k, v) -> r.headers().add(k, v.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            p.send(r).get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void eachKindOfUnprocessableRecordIsDeadLetteredWithItsReasonAndTheGoodRecordAfterItIsApplied() throws Exception {
        String noHeaders = "no-headers-" + UUID.randomUUID();
        String badTime = "bad-time-" + UUID.randomUUID();
        String badJson = UUID.randomUUID().toString();
        String unknownType = UUID.randomUUID().toString();
        String schemaViolation = UUID.randomUUID().toString();
        String handlerError = UUID.randomUUID().toString();
        String good = UUID.randomUUID().toString();

        sendWithoutHeaders(noHeaders, caseOpened(noHeaders, "KHM", "Bali"));
        sendWithHeaders(badTime, caseOpened(badTime, "KHM", "Bali"), Map.of(CloudEventHeaders.ID, UUID.randomUUID().toString(),
                CloudEventHeaders.TYPE, EventTypes.CASE_OPENED, CloudEventHeaders.TIME, "yesterday"));
        TestEvents.send(BROKER, Topics.CASE_EVENTS, badJson, UUID.randomUUID().toString(), EventTypes.CASE_OPENED, "{not json");
        TestEvents.send(BROKER, Topics.CASE_EVENTS, unknownType, UUID.randomUUID().toString(), "CaseTeleported.v1", "{}");
        TestEvents.send(BROKER, Topics.CASE_EVENTS, schemaViolation, UUID.randomUUID().toString(), EventTypes.CASE_OPENED,
                "{\"caseId\":\"" + schemaViolation + "\",\"kind\":\"CRIMINAL\"}");
        // A province longer than the dashboard's column: the handler fails on every attempt.
        TestEvents.send(BROKER, Topics.CASE_EVENTS, handlerError, UUID.randomUUID().toString(), EventTypes.CASE_OPENED,
                caseOpened(handlerError, "KHM", "X".repeat(200)));
        TestEvents.send(BROKER, Topics.CASE_EVENTS, good, UUID.randomUUID().toString(), EventTypes.CASE_OPENED,
                caseOpened(good, "KHM", "Bali"));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertEquals(1, casesOf("KHM")));
        Map<String, String> expected = Map.of(noHeaders, "NOT_A_CLOUDEVENT", badTime, "NOT_A_CLOUDEVENT", badJson, "BAD_JSON", unknownType, "UNKNOWN_TYPE",
                schemaViolation, "SCHEMA_VIOLATION", handlerError, "HANDLER_ERROR");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> expected.forEach((key, reason) -> {
            Map<String, Object> d = deadLetterFor(key);
            assertTrue(d != null, "no dead letter for " + reason);
            assertEquals(reason, d.get("reason"));
            assertEquals(Topics.CASE_EVENTS, d.get("sourceTopic"));
            assertEquals("PENDING", d.get("status"));
        }));
        assertEquals(4, ((Number) deadLetterFor(handlerError).get("attempts")).intValue(), "the handler error was retried first");

        Optional<ConsumerRecord<String, String>> onTopic = TestEvents.find(BROKER, Topics.deadLetter("dashboard-service"),
                r -> schemaViolation.equals(r.key()), Duration.ofSeconds(20));
        assertTrue(onTopic.isPresent(), "the dead letter is also on dashboard-service.dlq");
        assertEquals("SCHEMA_VIOLATION", TestEvents.header(onTopic.get(), DeadLetters.REASON));
        assertEquals(Topics.CASE_EVENTS, TestEvents.header(onTopic.get(), DeadLetters.TOPIC));
        assertEquals(EventTypes.CASE_OPENED, TestEvents.header(onTopic.get(), CloudEventHeaders.TYPE));
    }

    @Test
    void aCorrectedRecordCanBeReDrivenOnceAndIsThenApplied() {
        String caseId = UUID.randomUUID().toString();
        TestEvents.send(BROKER, Topics.CASE_EVENTS, caseId, UUID.randomUUID().toString(), EventTypes.CASE_OPENED,
                "{\"caseId\":\"" + caseId + "\",\"kind\":\"CIVIL\",\"status\":\"OPEN\",\"province\":\"Papua\",\"openedAt\":\"2026-11-20T03:00:00Z\"}");
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLetterFor(caseId) != null);
        String id = (String) deadLetterFor(caseId).get("id");

        as("admin").contentType(ContentType.JSON).body(Map.of("value", caseOpened(caseId, "PNG", "Papua")))
                .when().post("/api/v1/admin/dead-letters/" + id + "/redrive")
                .then().statusCode(200)
                .body("status", equalTo("REDRIVEN"))
                .body("redrivenWithCorrectedValue", equalTo(true));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(1, casesOf("PNG")));
        as("admin").contentType(ContentType.JSON).body("{}").when().post("/api/v1/admin/dead-letters/" + id + "/redrive")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void anUnknownDeadLetterIsA404Problem() {
        as("admin").when().get("/api/v1/admin/dead-letters/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }
}
