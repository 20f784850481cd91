package id.go.wna.cases;

import id.go.wna.contracts.CloudEventHeaders;
import id.go.wna.infra.test.RealInfrastructure;
import id.go.wna.platform.idempotency.IdempotencyKeys;
import id.go.wna.platform.outbox.Outbox;
import id.go.wna.platform.outbox.OutboxBacklog;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The transactional outbox keeps its promise: nothing lost, nothing doubled, in order per key. */
@QuarkusTest
class OutboxDeliveryTest {

    @BeforeAll
    static void allowTestTopics() {
        // The relay, as case-service, publishes to topics of this test only.
        RealInfrastructure.allowTestTopics("case-service", "outbox-test-");
    }

    @Inject
    Outbox outbox;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    OutboxBacklog backlog;
    @Inject
    IdempotencyKeys idempotencyKeys;

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    public record Step(String aggregate, int seq) {
    }

    /** Records {@code perAggregate} events for each of {@code aggregates}, interleaved, one transaction each. */
    private List<String> record(String topic, List<String> aggregates, int perAggregate) {
        List<String> ids = new ArrayList<>();
        for (int seq = 0; seq < perAggregate; seq++) {
            for (String a : aggregates) {
                int s = seq;
                ids.add(QuarkusTransaction.requiringNew().call(() ->
                        outbox.record(topic, "TestAggregate", a, "TestStep.v1", new Step(a, s)).toString()));
            }
        }
        return ids;
    }

    /** Reads the topic until {@code expected} records arrived (or 60 s passed). */
    private static List<ConsumerRecord<String, String>> readAll(String topic, int expected) {
        List<ConsumerRecord<String, String>> all = new ArrayList<>();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(RealInfrastructure.kafkaClient(Map.of(ConsumerConfig.GROUP_ID_CONFIG, "outbox-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")), new StringDeserializer(), new StringDeserializer())) {
            c.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (all.size() < expected && System.nanoTime() < deadline) {
                c.poll(Duration.ofMillis(500)).forEach(all::add);
            }
            // A little longer, to catch any duplicate that would follow.
            long settle = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            while (System.nanoTime() < settle) {
                c.poll(Duration.ofMillis(300)).forEach(all::add);
            }
        }
        return all;
    }

    private static void assertEachOnceInOrderPerKey(List<String> ids, List<ConsumerRecord<String, String>> records) {
        Set<String> seen = new HashSet<>();
        Map<String, Integer> lastSeq = new HashMap<>();
        for (ConsumerRecord<String, String> r : records) {
            String id = CloudEventHeaders.read(r.headers(), CloudEventHeaders.ID);
            assertTrue(seen.add(id), "event " + id + " was published twice");
            int seq;
            try {
                seq = JSON.readTree(r.value()).get("seq").asInt();
            } catch (java.io.IOException e) {
                throw new AssertionError("unreadable payload " + r.value(), e);
            }
            Integer previous = lastSeq.put(r.key(), seq);
            assertTrue(previous == null || previous < seq, "key " + r.key() + ": seq " + seq + " after " + previous);
        }
        assertEquals(new HashSet<>(ids), seen, "every committed event is published");
    }

    @Test
    void eventsCommittedWhileTheBrokerIsDownArePublishedOnceEachInOrderPerKeyWhenItReturns() {
        String topic = "outbox-test-outage." + UUID.randomUUID();
        List<String> aggregates = new ArrayList<>();
        for (int i = 0; i < 20; i++) aggregates.add("agg-" + i);

        RealInfrastructure.stopBroker();
        List<String> ids;
        try {
            ids = record(topic, aggregates, 60); // 1,200 events, all committed while no broker runs
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertTrue(backlog.snapshot().pending() >= 1200));
        } finally {
            RealInfrastructure.restartBroker();
        }

        assertEachOnceInOrderPerKey(ids, readAll(topic, ids.size()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(0, backlog.snapshot().pending()));
    }
}
