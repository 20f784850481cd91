package id.go.wna.dashboard;

import id.go.wna.contracts.CloudEventHeaders;
import id.go.wna.contracts.EventTypes;
import id.go.wna.contracts.Topics;
import id.go.wna.infra.test.RealInfrastructure;
import id.go.wna.infra.test.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import id.go.wna.platform.consumer.EventConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static id.go.wna.infra.test.Api.as;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No record can stop the event flow: whatever a record holds (any bytes in key, value and headers, missing or repeated
 * CloudEvents headers, text PostgreSQL cannot store, a payload violating its schema, a handler that fails), it is kept
 * as a dead letter byte for byte within seconds and the consumers go on with the next record, on every topic the
 * dashboard reads. A database outage delays events and drops none.
 */
@QuarkusTest
class HostileRecordsTest {

    private static final Map<String, Object> BROKER = RealInfrastructure.kafkaClient();
    private static final List<String> TOPICS = List.of(Topics.CASE_EVENTS, Topics.PRESENCE_EVENTS, Topics.CONSULAR_EVENTS,
            Topics.RECIPROCITY_EVENTS);

    @Inject
    EntityManager em;
    @Inject
    EventConsumer events;

    /** A record as an attacker or a broken producer might write it, and the reason the dashboard should give. */
    record Hostile(String name, byte[] key, byte[] value, List<Header> headers, String reason) {
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<Header> ce(String id, String type) {
        List<Header> h = new ArrayList<>();
        h.add(new RecordHeader(CloudEventHeaders.ID, utf8(id)));
        h.add(new RecordHeader(CloudEventHeaders.TYPE, utf8(type)));
        h.add(new RecordHeader(CloudEventHeaders.SOURCE, utf8("/wna/tests/hostile")));
        h.add(new RecordHeader(CloudEventHeaders.TIME, utf8(Instant.now().toString())));
        return h;
    }

    private static List<Header> with(List<Header> headers, String name, byte[] value) {
        List<Header> h = new ArrayList<>(headers);
        h.removeIf(x -> x.key().equals(name));
        h.add(new RecordHeader(name, value));
        return h;
    }

    private static String caseOpened(String caseId, String province) {
        return """
                {"caseId":"%s","kind":"CRIMINAL","status":"OPEN","nationality":"TLS","province":"%s","openedAt":"2026-11-20T03:00:00Z"}"""
                .formatted(caseId, province);
    }

    /** Every kind of record that must become a dead letter, for one topic. */
    static List<Hostile> hostileRecords() {
        String ok = caseOpened(UUID.randomUUID().toString(), "Bali");
        String type = EventTypes.CASE_OPENED;
        List<Hostile> all = new ArrayList<>();
        all.add(new Hostile("raw bytes with NUL", utf8("k-nul"), new byte[]{0x00, 0x01, (byte) 0xFF, 0x7B}, ce(id(), type), "BAD_JSON"));
        all.add(new Hostile("value not UTF-8", utf8("k-utf8"), new byte[]{'{', '"', (byte) 0xC3, 0x28, '"', '}'}, ce(id(), type), "BAD_JSON"));
        all.add(new Hostile("empty value", utf8("k-empty"), new byte[0], ce(id(), type), "BAD_JSON"));
        all.add(new Hostile("null value (tombstone)", utf8("k-null"), null, ce(id(), type), "BAD_JSON"));
        byte[] huge = new byte[1_000_000];
        Arrays.fill(huge, (byte) 'x');
        all.add(new Hostile("a value of 1 MB", utf8("k-huge"), huge, ce(id(), type), "BAD_JSON"));
        all.add(new Hostile("key not UTF-8, no headers", new byte[]{(byte) 0xFE, 0x00, (byte) 0x80}, utf8(ok), List.of(), "NOT_A_CLOUDEVENT"));
        List<Header> twoIds = new ArrayList<>(ce(id(), type));
        twoIds.add(new RecordHeader(CloudEventHeaders.ID, utf8(id())));
        all.add(new Hostile("ce_id twice", utf8("k-two-ids"), utf8(ok), twoIds, "NOT_A_CLOUDEVENT"));
        all.add(new Hostile("ce_id with NUL", utf8("k-id-nul"), utf8(ok), with(ce(id(), type), CloudEventHeaders.ID, utf8("a\u0000b")), "NOT_A_CLOUDEVENT"));
        all.add(new Hostile("ce_type not UTF-8", utf8("k-type-bytes"), utf8(ok),
                with(ce(id(), type), CloudEventHeaders.TYPE, new byte[]{(byte) 0xC0, (byte) 0xAF}), "NOT_A_CLOUDEVENT"));
        all.add(new Hostile("ce_source of 10 KB", utf8("k-source"), utf8(ok),
                with(ce(id(), type), CloudEventHeaders.SOURCE, utf8("s".repeat(10_000))), "NOT_A_CLOUDEVENT"));
        all.add(new Hostile("ce_id of 101 characters", utf8("k-long-id"), utf8(ok),
                with(ce(id(), type), CloudEventHeaders.ID, utf8("i".repeat(101))), "NOT_A_CLOUDEVENT"));
        all.add(new Hostile("ce_id without a value", utf8("k-null-id"), utf8(ok), with(ce(id(), type), CloudEventHeaders.ID, null), "NOT_A_CLOUDEVENT"));
        all.add(new Hostile("ce_time not a time", utf8("k-time"), utf8(ok), with(ce(id(), type), CloudEventHeaders.TIME, utf8("yesterday")), "NOT_A_CLOUDEVENT"));
        all.add(new Hostile("unknown type", utf8("k-unknown"), utf8("{}"), ce(id(), "CaseTeleported.v1"), "UNKNOWN_TYPE"));
        all.add(new Hostile("schema violation", utf8("k-schema"), utf8("{\"caseId\":\"" + UUID.randomUUID() + "\"}"), ce(id(), type), "SCHEMA_VIOLATION"));
        all.add(new Hostile("JSON with \\u0000 in a string", utf8("k-json-nul"), utf8(caseOpened(UUID.randomUUID().toString(), "Ba\\u0000li")),
                ce(id(), type), "UNSTORABLE_TEXT"));
        all.add(new Hostile("JSON with a lone surrogate", utf8("k-json-surrogate"), utf8(caseOpened(UUID.randomUUID().toString(), "Ba\\ud800li")),
                ce(id(), type), "UNSTORABLE_TEXT"));
        all.add(new Hostile("JSON followed by more", utf8("k-trailing"), utf8(ok + " {\"more\":1}"), ce(id(), type), "BAD_JSON"));
        return all;
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    private static long casesOf(String nationality) {
        JsonPath stats = as("joint-analyst").queryParam("by", "nationality").when().get("/api/v1/cases/stats").then().extract().jsonPath();
        Integer n = stats.param("k", nationality).get("counts.find { it.key == k }.cases");
        return n == null ? 0 : n;
    }

    private static Optional<Map<String, Object>> deadLetterAt(String topic, int partition, long offset) {
        List<Map<String, Object>> all = as("admin").queryParam("size", 500).when().get("/api/v1/admin/dead-letters")
                .then().statusCode(200).extract().jsonPath().getList("$");
        return all.stream().filter(d -> topic.equals(d.get("sourceTopic")) && ((Number) d.get("sourcePartition")).intValue() == partition
                && ((Number) d.get("sourceOffset")).longValue() == offset).findFirst();
    }

    private static byte[] b64(Object value) {
        return value == null ? null : Base64.getDecoder().decode((String) value);
    }

    @Test
    void everyHostileRecordOnEveryTopicIsDeadLetteredByteForByteAndTheEventsAfterItAreApplied() {
        long before = casesOf("TLS");
        Map<RecordMetadata, Hostile> sent = new LinkedHashMap<>();
        int i = 0;
        for (String topic : TOPICS) {
            for (Hostile h : hostileRecords()) {
                RecordMetadata m = TestEvents.sendRaw(BROKER, topic, i++ % 3, h.key(), h.value(), h.headers());
                sent.put(m, h);
            }
        }
        // A handler that fails on every attempt (a province longer than the dashboard's column).
        String failing = UUID.randomUUID().toString();
        RecordMetadata handlerFails = TestEvents.sendRaw(BROKER, Topics.CASE_EVENTS, 1, utf8(failing),
                utf8(caseOpened(failing, "X".repeat(200))), ce(id(), EventTypes.CASE_OPENED));
        // Good events after the hostile ones, on every partition of the case topic: all applied.
        for (int p = 0; p < 3; p++) {
            String caseId = UUID.randomUUID().toString();
            TestEvents.sendRaw(BROKER, Topics.CASE_EVENTS, p, utf8(caseId), utf8(caseOpened(caseId, "Bali")), ce(id(), EventTypes.CASE_OPENED));
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertEquals(before + 3, casesOf("TLS")));

        List<Long> millisToDeadLetter = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (RecordMetadata m : sent.keySet()) {
                assertTrue(deadLetterAt(m.topic(), m.partition(), m.offset()).isPresent(),
                        "a dead letter for '" + sent.get(m).name() + "' on " + m.topic());
            }
        });
        for (Map.Entry<RecordMetadata, Hostile> e : sent.entrySet()) {
            RecordMetadata m = e.getKey();
            Hostile h = e.getValue();
            Map<String, Object> listed = deadLetterAt(m.topic(), m.partition(), m.offset()).orElseThrow();
            assertEquals(h.reason(), listed.get("reason"), h.name() + " on " + m.topic());
            JsonPath one = as("admin").when().get("/api/v1/admin/dead-letters/" + listed.get("id")).then().statusCode(200)
                    .extract().jsonPath();
            assertArrayEquals(h.key(), b64(one.get("keyBase64")), "the key as it came: " + h.name());
            assertArrayEquals(h.value(), b64(one.get("valueBase64")), "the value as it came: " + h.name());
            List<Map<String, Object>> headers = one.getList("rawHeaders");
            assertEquals(h.headers().size(), headers.size(), "every header, repeated ones too: " + h.name());
            for (int k = 0; k < headers.size(); k++) {
                assertEquals(h.headers().get(k).key(), headers.get(k).get("key"));
                assertArrayEquals(h.headers().get(k).value(), b64(headers.get(k).get("valueBase64")), "header " + k + " of " + h.name());
            }
            // From the record's timestamp (set when it was sent) to the dead letter's failedAt.
            millisToDeadLetter.add(Instant.parse((String) listed.get("failedAt")).toEpochMilli() - m.timestamp());
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Object> d = deadLetterAt(handlerFails.topic(), handlerFails.partition(), handlerFails.offset()).orElseThrow();
            assertEquals("HANDLER_ERROR", d.get("reason"));
            assertEquals(4, ((Number) d.get("attempts")).intValue());
        });
        millisToDeadLetter.sort(null);
        System.out.printf("[hostile-records] %d hostile records on %d topics dead-lettered; from sending to dead "
                        + "letter at most %d ms (median %d ms); liveness stayed UP%n", sent.size(), TOPICS.size(),
                millisToDeadLetter.get(millisToDeadLetter.size() - 1), millisToDeadLetter.get(millisToDeadLetter.size() / 2));
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/health/well").then().body("checks.find { it.name == 'Consumers' }.status", equalTo("UP"));
    }

    @Test
    void aReDriveAppliesTheRecordHereSaysWhyWhenItStillFailsAndWritesNothingToItsTopic() {
        byte[] key = {(byte) 0xFF, 0x00, 'r', 'e'};
        byte[] value = {0x00, (byte) 0x9F, 0x41, (byte) 0xF0};
        List<Header> headers = with(ce(id(), EventTypes.CASE_OPENED), "x-trace", new byte[]{0x00, (byte) 0xC3});
        RecordMetadata m = TestEvents.sendRaw(BROKER, Topics.CASE_EVENTS, 2, key, value, headers);
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLetterAt(m.topic(), m.partition(), m.offset()).isPresent());
        Object id = deadLetterAt(m.topic(), m.partition(), m.offset()).orElseThrow().get("id");

        // As it came, the record still is not UTF-8: 422, and the dead letter stays pending with one more attempt.
        as("admin").contentType(ContentType.JSON).body("{}").when().post("/api/v1/admin/dead-letters/" + id + "/redrive")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("BAD_JSON"));
        as("admin").when().get("/api/v1/admin/dead-letters/" + id).then().statusCode(200)
                .body("status", equalTo("PENDING"))
                .body("attempts", equalTo(2))
                .body("error", containsString("re-drive"))
                .body("valueBase64", equalTo(Base64.getEncoder().encodeToString(value)));

        // Corrected, it is applied at once, here, with the key and headers it came with.
        String caseId = id();
        long before = casesOf("VUT");
        as("admin").contentType(ContentType.JSON).body(Map.of("value", caseOpened(caseId, "Bali").replace("TLS", "VUT")))
                .when().post("/api/v1/admin/dead-letters/" + id + "/redrive")
                .then().statusCode(200).body("status", equalTo("REDRIVEN")).body("redrivenWithCorrectedValue", equalTo(true));
        assertEquals(before + 1, casesOf("VUT"), "the corrected record is applied by the time the re-drive answers");
        as("admin").contentType(ContentType.JSON).body("{}").when().post("/api/v1/admin/dead-letters/" + id + "/redrive")
                .then().statusCode(409).contentType("application/problem+json");

        // The source topic belongs to case-service: the re-drive wrote nothing to it.
        assertTrue(TestEvents.findRaw(BROKER, Topics.CASE_EVENTS,
                r -> r.partition() == m.partition() && r.offset() > m.offset() && Arrays.equals(key, r.key()),
                Duration.ofSeconds(3)).isEmpty(), "nothing was written back to " + Topics.CASE_EVENTS);
    }

    @Test
    void whileTheDatabaseIsUnreachableEventsWaitAndAreThenAppliedOnceWithoutDeadLetters() {
        long before = casesOf("TLS");
        RealInfrastructure.allowConnections("dashboard_db", false);
        List<String> ids = new ArrayList<>();
        try {
            for (int k = 0; k < 4; k++) {
                String caseId = UUID.randomUUID().toString();
                ids.add(caseId);
                TestEvents.sendRaw(BROKER, Topics.CASE_EVENTS, k % 3, utf8(caseId), utf8(caseOpened(caseId, "Bali")),
                        ce(id(), EventTypes.CASE_OPENED));
            }
            // The consumer says what it waits for; the process stays alive and is not ready (no database for the API).
            await().atMost(Duration.ofSeconds(30)).until(() -> as("admin").when().get("/api/v1/admin/consumers").then()
                    .extract().jsonPath().getList("partitions.findAll { it.waitingFor == 'database' }").size() > 0);
            given().when().get("/q/health/live").then().statusCode(200);
            given().when().get("/q/health/ready").then().statusCode(503);
        } finally {
            RealInfrastructure.allowConnections("dashboard_db", true);
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertEquals(before + 4, casesOf("TLS")));
        for (String caseId : ids) {
            assertTrue(as("admin").queryParam("size", 500).when().get("/api/v1/admin/dead-letters").then().extract()
                    .jsonPath().getList("key").stream().noneMatch(caseId::equals), "no dead letter for " + caseId);
        }
        given().when().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void anOperatorSkipsARecordTheConsumerKeepsFailingOnAndTheSkipIsAudited() {
        String consumer = "dashboard-service.case-events";
        long offset = 1_000_000_000L + System.nanoTime() % 1_000_000;
        as("admin").contentType(ContentType.JSON)
                .body(Map.of("consumer", consumer, "topic", Topics.CASE_EVENTS, "partition", 99, "offset", offset,
                        "reason", "poisons the projection, reported to case-service"))
                .when().post("/api/v1/admin/consumers/skip").then().statusCode(202).body("status", equalTo("REQUESTED"));
        as("admin").contentType(ContentType.JSON)
                .body(Map.of("consumer", "dashboard-service.nothing", "topic", Topics.CASE_EVENTS, "partition", 0, "offset", 0, "reason", "x"))
                .when().post("/api/v1/admin/consumers/skip").then().statusCode(404).contentType("application/problem+json");

        String caseId = UUID.randomUUID().toString();
        ConsumerRecord<byte[], byte[]> stuck = new ConsumerRecord<>(Topics.CASE_EVENTS, 99, offset, utf8(caseId),
                utf8(caseOpened(caseId, "Bali")));
        ce(id(), EventTypes.CASE_OPENED).forEach(h -> stuck.headers().add(h));
        events.consume(consumer, stuck, event -> {
            throw new IllegalStateException("the projection cannot take this event");
        });

        Map<String, Object> d = deadLetterAt(Topics.CASE_EVENTS, 99, offset).orElseThrow();
        assertEquals("SKIPPED_BY_OPERATOR", d.get("reason"));
        assertTrue(((String) d.get("error")).contains("poisons the projection"), "the operator's reason is kept");
        long audited = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "SELECT count(*) FROM audit_log WHERE what = 'consumer-skip' AND resource LIKE ?1")
                .setParameter(1, "%@" + offset).getSingleResult()).longValue());
        assertEquals(1, audited, "the skip is in the audit log");
        assertNotNull(d.get("id"));
    }
}
