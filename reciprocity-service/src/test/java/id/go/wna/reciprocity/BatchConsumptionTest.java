package id.go.wna.reciprocity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.contracts.CloudEventHeaders;
import id.go.wna.contracts.EventTypes;
import id.go.wna.contracts.Topics;
import id.go.wna.contracts.presence.PersonArrived;
import id.go.wna.infra.test.RealInfrastructure;
import id.go.wna.platform.consumer.EventConsumer;
import id.go.wna.platform.consumer.FailureReason;
import id.go.wna.platform.consumer.PermanentFailure;
import id.go.wna.platform.events.AfterCommit;
import id.go.wna.platform.events.IncomingEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static id.go.wna.infra.test.Api.as;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Batch consumption ({@code EventConsumer.consumeBatch}, which the reciprocity channels use with {@code batch=true}):
 * one transaction per batch, duplicates applied once, a poison record or one failing its checks dead-lettered alone
 * while the records around it are applied.
 */
@QuarkusTest
class BatchConsumptionTest {

    private static final String TOPIC = "test.batch-consumption.v1";

    @Inject
    EventConsumer events;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    MeterRegistry metrics;

    private long nextOffset;

    /** What the handler ran, in order, with its transaction; and the transactions that committed. */
    private final List<Object[]> ran = Collections.synchronizedList(new ArrayList<>());
    private final Set<Object> committed = Collections.synchronizedSet(new HashSet<>());

    private Consumer<IncomingEvent> handler(Set<String> throwing, Set<String> permanent) {
        return event -> {
            if (throwing.contains(event.id())) {
                throw new IllegalStateException("poison " + event.id());
            }
            if (permanent.contains(event.id())) {
                throw new PermanentFailure(FailureReason.HANDLER_ERROR, "refused " + event.id());
            }
            Object tx = transactions.getTransactionKey();
            ran.add(new Object[]{event.id(), tx});
            transactions.registerInterposedSynchronization(new AfterCommit(() -> committed.add(tx)));
        };
    }

    /** The events applied (their transaction committed), in the order the handler ran them. */
    private List<String> applied() {
        return ran.stream().filter(r -> committed.contains(r[1])).map(r -> (String) r[0]).toList();
    }

    /** How many transactions the applied events were applied in. */
    private long transactionsApplied() {
        return ran.stream().filter(r -> committed.contains(r[1])).map(r -> r[1]).distinct().count();
    }

    private Consumer<IncomingEvent> handler() {
        return handler(Set.of(), Set.of());
    }

    private String arrival() {
        try {
            return json.writeValueAsString(new PersonArrived(UUID.randomUUID(), "KOR", "F", "25-34", "DPS", "Bali",
                    "VISA_ON_ARRIVAL", Instant.parse("2026-11-20T03:00:00Z")));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ConsumerRecord<byte[], byte[]> record(String eventId, String value) {
        ConsumerRecord<byte[], byte[]> r = new ConsumerRecord<>(TOPIC, 0, nextOffset++, utf8("key-" + eventId), utf8(value));
        CloudEventHeaders.write(r.headers(), eventId, EventTypes.PERSON_ARRIVED, "/wna/tests", "key-" + eventId, Instant.now());
        return r;
    }

    private ConsumerRecord<byte[], byte[]> record(String eventId) {
        return record(eventId, arrival());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    private long inboxCount(String consumer) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM processed_event WHERE consumer = ?1").setParameter(1, consumer).getSingleResult()).longValue());
    }

    /** The consumer's dead letters: event id (or record key when there is none) → reason and attempts. */
    @SuppressWarnings("unchecked")
    private Map<String, String> deadLetters(String consumer) {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT COALESCE(event_id, convert_from(key_bytes, 'UTF8')), reason, attempts FROM dead_letter WHERE consumer = ?1")
                .setParameter(1, consumer).getResultList());
        return rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> r[1] + "/" + r[2]));
    }

    private double consumed(String consumer, String outcome) {
        Counter c = metrics.find("wna.events.consumed").tags("consumer", consumer, "outcome", outcome).counter();
        return c == null ? 0 : c.count();
    }

    @Test
    void aBatchIsAppliedInOneTransactionInRecordOrderAndADuplicateOnlyOnce() {
        String consumer = "test.batch-" + UUID.randomUUID();
        String a = id(), b = id(), c = id(), earlier = id();
        events.consume(consumer, record(earlier), handler()); // applied before, by the single-record path
        assertEquals(List.of(earlier), applied());
        ran.clear();

        List<ConsumerRecord<byte[], byte[]>> batch = List.of(record(a), record(b), record(earlier), record(a), record(c));
        events.consumeBatch(consumer, batch, handler());

        assertEquals(List.of(a, b, c), applied(), "new events once each, in record order; the earlier one and the copy of a skipped");
        assertEquals(1, transactionsApplied(), "one transaction for the whole batch");
        assertEquals(4, inboxCount(consumer));
        assertEquals(4, consumed(consumer, "applied"), "1 before, 3 in the batch");
        assertEquals(2, consumed(consumer, "duplicate"));
        assertEquals(Map.of(), deadLetters(consumer));

        ran.clear();
        events.consumeBatch(consumer, batch, handler()); // the whole batch redelivered
        assertEquals(List.of(), applied(), "a redelivered batch changes nothing");
        assertEquals(4, inboxCount(consumer));
        assertEquals(7, consumed(consumer, "duplicate"));
    }

    @Test
    void aPoisonRecordIsDeadLetteredAloneAndTheOthersOfItsBatchAreApplied() {
        String consumer = "test.batch-" + UUID.randomUUID();
        String a = id(), poison = id(), b = id(), refused = id(), c = id();
        events.consumeBatch(consumer, List.of(record(a), record(poison), record(b), record(refused), record(c)),
                handler(Set.of(poison), Set.of(refused)));

        assertEquals(List.of(a, b, c), applied(), "the others applied once each, in order");
        assertEquals(Map.of(poison, "HANDLER_ERROR/4", refused, "HANDLER_ERROR/1"), deadLetters(consumer),
                "the failing handler retried, then dead-lettered; a PermanentFailure dead-lettered at once");
        assertEquals(3, inboxCount(consumer), "the poison records are not marked processed");
        assertEquals(3, consumed(consumer, "applied"));
    }

    @Test
    void recordsFailingTheirChecksAreDeadLetteredAndTheRestOfTheBatchAppliedInOneTransaction() {
        String consumer = "test.batch-" + UUID.randomUUID();
        String a = id(), violation = id(), badJson = id(), b = id();
        ConsumerRecord<byte[], byte[]> noHeaders = new ConsumerRecord<>(TOPIC, 0, nextOffset++, utf8("no-headers-" + consumer), utf8(arrival()));
        events.consumeBatch(consumer, List.of(record(a), record(violation, "{\"personRef\":\"" + UUID.randomUUID() + "\"}"),
                noHeaders, record(badJson, "{not json"), record(b)), handler());

        assertEquals(List.of(a, b), applied());
        assertEquals(1, transactionsApplied(), "the good records still share one transaction");
        assertEquals(Map.of("key-" + violation, "SCHEMA_VIOLATION/1", "no-headers-" + consumer, "NOT_A_CLOUDEVENT/1",
                "key-" + badJson, "BAD_JSON/1"), deadLetters(consumer), "a record failing its checks is kept by its key");
        assertEquals(2, inboxCount(consumer));
    }

    @Test
    void theBatchChannelAppliesEveryRecordAroundABadOneAndDeadLettersIt() throws Exception {
        String badKey = "bad-" + UUID.randomUUID();
        int good = 300;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(RealInfrastructure.kafkaClient(Map.of(ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 20)), new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i <= good; i++) {
                UUID person = UUID.randomUUID();
                String key = i == good / 2 ? badKey : person.toString();
                String value = i == good / 2 ? "{\"personRef\":\"" + person + "\",\"nationality\":\"CHL\"}"
                        : json.writeValueAsString(new PersonArrived(person, "CHL", "M", "35-44", "CGK", "DKI Jakarta",
                        "VISA_ON_ARRIVAL", Instant.parse("2026-10-10T03:00:00Z")));
                ProducerRecord<String, String> r = new ProducerRecord<>(Topics.PRESENCE_EVENTS, key, value);
                CloudEventHeaders.write(r.headers(), UUID.randomUUID().toString(), EventTypes.PERSON_ARRIVED, "/wna/tests",
                        key, Instant.now());
                producer.send(r);
            }
            producer.flush();
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertEquals(good,
                QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "SELECT COUNT(*) FROM inbound_stay WHERE nationality = 'CHL'").getSingleResult()).intValue())));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<Map<String, Object>> all = as("admin").queryParam("size", 500).when().get("/api/v1/admin/dead-letters")
                    .then().statusCode(200).extract().jsonPath().getList("$");
            Map<String, Object> d = all.stream().filter(x -> badKey.equals(x.get("key"))).findFirst().orElse(null);
            assertTrue(d != null, "the bad record is a dead letter");
            assertEquals("SCHEMA_VIOLATION", d.get("reason"));
            assertEquals(Topics.PRESENCE_EVENTS, d.get("sourceTopic"));
        });
    }
}
