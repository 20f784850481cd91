package id.go.wna.cases;

import id.go.wna.contracts.CloudEventHeaders;
import id.go.wna.infra.test.RealInfrastructure;
import id.go.wna.platform.events.KafkaProducers;
import id.go.wna.platform.events.KafkaSettings;
import id.go.wna.platform.idempotency.IdempotencyKeys;
import id.go.wna.platform.outbox.Outbox;
import id.go.wna.platform.outbox.OutboxBacklog;
import id.go.wna.platform.outbox.OutboxRelay;
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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

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

    @Test
    void twoRelaysOnOneDatabasePublishEachEventOnceInOrderPerKey() throws Exception {
        String topic = "outbox-test-two-relays." + UUID.randomUUID();
        // A second instance of the service: its own producer, the same database, relaying as fast as it can.
        KafkaProducers secondProducer = new KafkaProducers(new KafkaSettings(RealInfrastructure.kafkaClientAs("case-service")), "case-service-second");
        OutboxRelay second = new OutboxRelay(dataSource, secondProducer, "case-service", 50, Duration.ofMillis(50),
                Duration.ofSeconds(1), Duration.ofDays(7), Duration.ZERO, idempotencyKeys, List.of());
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger publishedBySecond = new AtomicInteger();
        List<Throwable> failures = new ArrayList<>();
        Thread secondRelay = new Thread(() -> {
            while (running.get()) {
                try {
                    int n = second.publishBatch();
                    publishedBySecond.addAndGet(n);
                    if (n == 0) Thread.sleep(5);
                } catch (Exception e) {
                    failures.add(e);
                }
            }
        });
        secondRelay.start();
        List<String> ids;
        try {
            List<String> aggregates = List.of("a", "b", "c", "d", "e", "f", "g", "h");
            ids = record(topic, aggregates, 150); // 1,200 events while both relays run
            assertEachOnceInOrderPerKey(ids, readAll(topic, ids.size()));
        } finally {
            running.set(false);
            secondRelay.join(10_000);
            secondProducer.reliable().close();
        }
        assertTrue(failures.isEmpty(), "second relay failed: " + failures);
        // Both relays took a share: the claims let them work side by side, not one waiting out the other.
        assertTrue(publishedBySecond.get() > 0, "the second relay published none of " + ids.size() + " events");
        assertTrue(publishedBySecond.get() < ids.size(), "the service's own relay published none of " + ids.size() + " events");
    }
}
