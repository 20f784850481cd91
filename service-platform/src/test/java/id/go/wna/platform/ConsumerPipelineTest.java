package id.go.wna.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.contracts.CloudEventHeaders;
import id.go.wna.contracts.EventTypes;
import id.go.wna.contracts.cases.CaseOpened;
import id.go.wna.platform.consumer.EventConsumer;
import id.go.wna.platform.events.IncomingEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The consumer pipeline ({@link EventConsumer}) with records as the broker hands them over: what cannot be processed
 * becomes a dead letter and the consumer goes on; a batch with one poison record still applies its others; an event
 * is applied once however often it comes.
 */
@QuarkusTest
class ConsumerPipelineTest {

    @Inject
    EventConsumer events;
    @Inject
    TestCaseEventsConsumer consumer;
    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;

    /** A topic of this test alone: dead letters are unique per consumer, topic, partition and offset. */
    private final String topic = "platform-test.direct-" + UUID.randomUUID();
    private long nextOffset;

    @AfterEach
    void handlersWork() {
        TestCaseEventsConsumer.FAILING.clear();
    }

    private ConsumerRecord<byte[], byte[]> record(String eventId, String type, byte[] value) {
        RecordHeaders headers = new RecordHeaders();
        if (type != null) {
            CloudEventHeaders.write(headers, eventId, type, "/wna/tests", "key", Instant.now());
        }
        return new ConsumerRecord<>(topic, 0, nextOffset++, System.currentTimeMillis(), TimestampType.CREATE_TIME,
                3, value == null ? 0 : value.length, "key".getBytes(StandardCharsets.UTF_8), value, headers, Optional.empty());
    }

    private ConsumerRecord<byte[], byte[]> caseOpened(UUID caseId) {
        return caseOpened(UUID.randomUUID().toString(), caseId);
    }

    private ConsumerRecord<byte[], byte[]> caseOpened(String eventId, UUID caseId) {
        try {
            byte[] body = json.writeValueAsBytes(new CaseOpened(caseId, "CRIMINAL", "REPORTED", "AUS", "Bali",
                    Instant.parse("2026-10-01T00:00:00Z"), null, null));
            return record(eventId, EventTypes.CASE_OPENED, body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private int applied(UUID caseId) {
        return QuarkusTransaction.requiringNew().call(() -> ((List<?>) em.createNativeQuery(
                "SELECT applied FROM platform_test_case WHERE case_id = ?1").setParameter(1, caseId).getResultList())
                .stream().findFirst().map(n -> ((Number) n).intValue()).orElse(0));
    }

    /** The dead letters of this test's topic: "offset reason attempts", in offset order. */
    private List<String> deadLetters() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = em.createNativeQuery("""
                    SELECT source_offset, reason, attempts FROM dead_letter WHERE source_topic = ?1 ORDER BY source_offset""")
                    .setParameter(1, topic).getResultList();
            List<String> result = new ArrayList<>();
            for (Object row : rows) {
                Object[] r = (Object[]) row;
                result.add(r[0] + " " + r[1] + " " + r[2]);
            }
            return result;
        });
    }

    /** Consumes {@code bad}, then a good record, one at a time as a single-record channel does. */
    private String deadLetterReasonOf(ConsumerRecord<byte[], byte[]> bad) {
        UUID next = UUID.randomUUID();
        events.consume(consumer, bad);
        events.consume(consumer, caseOpened(next));
        assertEquals(1, applied(next), "the record after the bad one is applied");
        List<String> dead = deadLetters();
        assertEquals(1, dead.size(), "one dead letter: " + dead);
        String[] parts = dead.get(0).split(" ");
        assertEquals(String.valueOf(bad.offset()), parts[0], "the bad record is the dead letter");
        return parts[1];
    }

    @Test
    void aValueThatIsNotUtf8IsADeadLetterAndTheConsumerGoesOn() {
        assertEquals("BAD_JSON", deadLetterReasonOf(record(UUID.randomUUID().toString(), EventTypes.CASE_OPENED,
                new byte[]{(byte) 0xC3, (byte) 0x28, '{', '}'})));
    }

    @Test
    void aValueThatIsNotJsonIsADeadLetterAndTheConsumerGoesOn() {
        assertEquals("BAD_JSON", deadLetterReasonOf(record(UUID.randomUUID().toString(), EventTypes.CASE_OPENED,
                "{\"caseId\": ".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aRecordWithoutCloudEventsHeadersIsADeadLetterAndTheConsumerGoesOn() {
        assertEquals("NOT_A_CLOUDEVENT", deadLetterReasonOf(record(null, null, "{}".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void anEventTypeOutsideTheCatalogueIsADeadLetterAndTheConsumerGoesOn() {
        assertEquals("UNKNOWN_TYPE", deadLetterReasonOf(record(UUID.randomUUID().toString(), "CaseReopened.v9",
                "{}".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void anEventThatViolatesItsSchemaIsADeadLetterAndTheConsumerGoesOn() {
        assertEquals("SCHEMA_VIOLATION", deadLetterReasonOf(record(UUID.randomUUID().toString(), EventTypes.CASE_OPENED,
                ("{\"caseId\": \"" + UUID.randomUUID() + "\", \"kind\": \"PARKING\"}").getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aHandlerThatKeepsFailingIsADeadLetterAfterItsRetriesAndTheConsumerGoesOn() {
        UUID poison = UUID.randomUUID();
        TestCaseEventsConsumer.FAILING.add(poison);
        assertEquals("HANDLER_ERROR", deadLetterReasonOf(caseOpened(poison)));
        assertTrue(deadLetters().get(0).endsWith(" 4"), "tried wna.consumer.max-attempts (4) times: " + deadLetters());
        assertEquals(0, applied(poison));
    }

    @Test
    void anEventDeliveredTwiceIsAppliedOnce() {
        UUID caseId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        events.consume(consumer, caseOpened(eventId, caseId));
        events.consume(consumer, caseOpened(eventId, caseId));
        assertEquals(1, applied(caseId));
        assertEquals(List.of(), deadLetters());
    }

    @Test
    void aBatchIsAppliedInOneCallToItsHandler() {
        List<UUID> cases = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        List<Integer> calls = new ArrayList<>();
        events.consumeBatchAtOnce(TestCaseEventsConsumer.CONSUMER, cases.stream().map(this::caseOpened).toList(),
                recordingCalls(calls));
        assertEquals(List.of(3), calls, "sizes of the handler's calls");
        cases.forEach(c -> assertEquals(1, applied(c)));
    }

    @Test
    void aPoisonRecordInABatchIsADeadLetterAndTheBatchsOtherRecordsAreAppliedOneByOne() {
        List<UUID> cases = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        UUID poison = cases.get(2);
        TestCaseEventsConsumer.FAILING.add(poison);
        List<ConsumerRecord<byte[], byte[]>> records = cases.stream().map(this::caseOpened).toList();
        List<Integer> calls = new ArrayList<>();

        events.consumeBatchAtOnce(TestCaseEventsConsumer.CONSUMER, records, recordingCalls(calls));

        assertEquals(4, calls.get(0), "the batch is tried together first");
        assertTrue(calls.subList(1, calls.size()).stream().allMatch(n -> n == 1), "then record by record: " + calls);
        for (UUID c : cases) {
            assertEquals(c.equals(poison) ? 0 : 1, applied(c), "case " + c + (c.equals(poison) ? " (the poison)" : ""));
        }
        assertEquals(List.of(records.get(2).offset() + " HANDLER_ERROR 4"), deadLetters());
    }

    private Consumer<List<IncomingEvent>> recordingCalls(List<Integer> calls) {
        return batch -> {
            calls.add(batch.size());
            consumer.applyAll(batch);
        };
    }
}
