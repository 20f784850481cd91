package id.go.wna.reciprocity;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.contracts.CloudEventHeaders;
import id.go.wna.contracts.EventTypes;
import id.go.wna.contracts.Topics;
import id.go.wna.contracts.presence.PersonArrived;
import id.go.wna.infra.test.RealInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * How fast the presence projection catches up (docs/benchmarks/README.md: at least 5,000 events/s per consumer). Publishes
 * {@code wna.benchmark.events} (50,000) PersonArrived events to {@code wna.presence-events.v1} and times until the
 * inbox of {@code reciprocity-service.presence-events} holds them all, after a warm-up of
 * {@code wna.benchmark.warm-up} (10,000) events the same way (JIT, connection pool, partition assignment). Runs only with {@code -Dwna.benchmark=true}:
 * {@code ./mvnw -o -q -pl service-platform,reciprocity-service verify -Dtest=PresenceCatchUpBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dwna.benchmark=true}; the figures are printed and appended to
 * {@code target/benchmark-presence-catch-up.txt}.
 */
@QuarkusTest
class PresenceCatchUpBenchmark {

    private static final String CONSUMER = "reciprocity-service.presence-events";

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    private long inbox() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM processed_event WHERE consumer = ?1").setParameter(1, CONSUMER).getSingleResult()).longValue());
    }

    /** Publishes {@code n} PersonArrived events at once, then waits until the projection applied them all. */
    private String run(String label, int n) throws Exception {
        long before = inbox();
        String[] values = new String[n];
        String[] keys = new String[n];
        Instant base = Instant.parse("2026-06-01T00:00:00Z");
        for (int i = 0; i < n; i++) {
            UUID person = UUID.randomUUID();
            keys[i] = person.toString();
            values[i] = json.writeValueAsString(new PersonArrived(person, "BRA", i % 2 == 0 ? "M" : "F", "25-34", "DPS",
                    "Bali", "VISA_ON_ARRIVAL", base.plusSeconds(i * 60L)));
        }

        long start = System.nanoTime();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(RealInfrastructure.kafkaClient(Map.of(ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 10,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024)), new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < n; i++) {
                ProducerRecord<String, String> r = new ProducerRecord<>(Topics.PRESENCE_EVENTS, keys[i], values[i]);
                CloudEventHeaders.write(r.headers(), UUID.randomUUID().toString(), EventTypes.PERSON_ARRIVED,
                        "/wna/benchmark", keys[i], Instant.now());
                producer.send(r);
            }
            producer.flush();
        }
        long published = System.nanoTime();
        long atPublished = inbox() - before;
        long deadline = start + 30L * 60 * 1_000_000_000L;
        long done;
        long tenth = 0;
        long ninetieth = 0;
        while ((done = inbox() - before) < n && System.nanoTime() < deadline) {
            long now = System.nanoTime();
            if (tenth == 0 && done >= n / 10) {
                tenth = now;
            }
            if (ninetieth == 0 && done >= n * 9L / 10) {
                ninetieth = now;
            }
            Thread.sleep(50);
        }
        long end = System.nanoTime();
        assertTrue(done >= n, "only " + done + " of " + n + " events applied in 30 minutes");

        double total = (end - start) / 1e9;
        double afterPublish = (end - published) / 1e9;
        String steady = tenth > 0 && ninetieth > tenth
                ? String.format("%.0f events/s from 10%% to 90%%", (n * 0.8) / ((ninetieth - tenth) / 1e9)) : "n/a";
        return String.format(
                "%s presence catch-up (%s): %d events in %.2f s = %.0f events/s; %s (publishing took %.2f s, %d applied"
                        + " by then; the remaining %d in %.2f s = %.0f events/s)%n",
                Instant.now(), label, n, total, n / total, steady, (published - start) / 1e9, atPublished,
                n - atPublished, afterPublish, (n - atPublished) / afterPublish);
    }

    @Test
    void presenceProjectionCatchesUp() throws Exception {
        assumeTrue(Boolean.getBoolean("wna.benchmark"), "benchmark: run with -Dwna.benchmark=true");
        String warmUp = run("warm-up", Integer.getInteger("wna.benchmark.warm-up", 10_000));
        String line = run("measured", Integer.getInteger("wna.benchmark.events", 50_000));
        System.out.print("[benchmark] " + warmUp + "[benchmark] " + line);
        Files.writeString(Path.of("target", "benchmark-presence-catch-up.txt"), warmUp + line, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}
