package id.go.wna.dashboard;

import id.go.wna.contracts.CloudEventHeaders;
import id.go.wna.contracts.EventTypes;
import id.go.wna.contracts.Topics;
import id.go.wna.contracts.presence.PersonArrived;
import id.go.wna.contracts.presence.PersonDeparted;
import id.go.wna.contracts.presence.StayPermitIssued;
import id.go.wna.infra.test.RealInfrastructure;
import id.go.wna.infra.test.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The budget of docs/benchmarks/README.md "projections catch up at ≥ 5,000 events/s per consumer", on a replay: publishes
 * {@code -Dprojection.benchmark.events} (default 1,000,000) presence events to {@code wna.presence-events.v1} (half
 * {@code PersonArrived}, a fifth {@code StayPermitIssued}, the rest {@code PersonDeparted}; two events per person, keyed
 * by the person, valid CloudEvents as case-service sends them), lets the dashboard's presence projection consume them
 * (timed too: the first pass, live), then calls {@code POST /api/v1/admin/replay} and times until the inbox of
 * {@code dashboard-service.presence-events} holds all of them again. Prints events/s and appends to
 * {@code target/benchmark-projection-replay.txt}; asserts only the counts. Skipped unless asked:
 * {@code ./mvnw -o -pl dashboard-service verify -Dtest=ProjectionReplayBenchmark -Dwna.benchmark=true
 * -Dsurefire.failIfNoSpecifiedTests=false [-Dprojection.benchmark.events=200000]}
 */
@QuarkusTest
class ProjectionReplayBenchmark {

    private static final String CONSUMER = "dashboard-service.presence-events";
    private static final String[] NATIONALITIES = {"AUS", "CHN", "JPN", "KOR", "USA", "GBR", "DEU", "FRA", "NLD", "IND", "MYS", "SGP"};
    private static final String[] PROVINCES = {"Bali", "Banten", "DKI Jakarta", "Jawa Timur", "Kepulauan Riau", "Sumatera Utara"};
    private static final String[] PORTS = {"DPS", "CGK", "CGK", "SUB", "BTH", "KNO"};

    @TestHTTPResource("/api/v1/admin/replay")
    URI replay;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void theProjectionCatchesUpFromAReplay() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("wna.benchmark"), "a benchmark: run with -Dwna.benchmark=true");
        int events = Integer.getInteger("projection.benchmark.events", 1_000_000) / 2 * 2;
        long timeoutNanos = Long.getLong("projection.benchmark.timeout-minutes", 60) * 60_000_000_000L;
        StringBuilder report = new StringBuilder();

        long start = System.nanoTime();
        publish(events);
        long published = System.nanoTime();
        long atPublished = inbox();
        Progress first = awaitInbox(events, start, timeoutNanos);
        report.append(String.format(Locale.ROOT, "%s first pass: %,d events published in %.1f s (%,d applied by then); all "
                        + "applied %.1f s after the first was sent = %,.0f events/s overall, %s%n", Instant.now(), events,
                (published - start) / 1e9, atPublished, first.seconds(), events / first.seconds(), first.steady(events)));
        long personsBefore = count("SELECT COUNT(*) FROM person_presence");
        long presentBefore = count("SELECT COALESCE(SUM(persons), 0) FROM population_cell WHERE present");

        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(replay)
                .header("Authorization", "Bearer " + TestTokens.forRole("admin")).POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
        long replayed = System.nanoTime();
        assertEquals(200, r.statusCode(), r.body());
        Progress again = awaitInbox(events, replayed, timeoutNanos);
        report.append(String.format(Locale.ROOT, "%s replay: %,d events re-applied in %.1f s after POST /admin/replay "
                        + "returned = %,.0f events/s, %s%n", Instant.now(), events, again.seconds(), events / again.seconds(),
                again.steady(events)));
        assertEquals(personsBefore, count("SELECT COUNT(*) FROM person_presence"), "the replay rebuilds the same persons");
        assertEquals(presentBefore, count("SELECT COALESCE(SUM(persons), 0) FROM population_cell WHERE present"),
                "the replay rebuilds the same stock");
        System.out.print("\n[benchmark] projection replay\n" + report + "\n");
        Files.writeString(Path.of("target", "benchmark-projection-replay.txt"), report, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    /** Two events per person: arrived, then a permit (two in five) or a departure (three in five). */
    private static void publish(int events) throws Exception {
        Instant base = Instant.parse("2026-06-01T00:00:00Z");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(RealInfrastructure.kafkaClient(Map.of(ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024, ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4")),
                new StringSerializer(), new StringSerializer())) {
            for (int k = 0; k < events / 2; k++) {
                UUID person = UUID.randomUUID();
                String key = person.toString();
                String nationality = NATIONALITIES[k % NATIONALITIES.length];
                int place = (k / 7) % PROVINCES.length;
                Instant arrived = base.plusSeconds(k * 20L);
                send(producer, key, EventTypes.PERSON_ARRIVED, new PersonArrived(person, nationality, k % 2 == 0 ? "M" : "F",
                        "25-34", PORTS[place], PROVINCES[place], "VISA_ON_ARRIVAL", arrived), arrived);
                Instant later = arrived.plusSeconds(86_400L * (1 + k % 30));
                if (k % 5 < 2) {
                    send(producer, key, EventTypes.STAY_PERMIT_ISSUED, new StayPermitIssued(person, UUID.randomUUID(),
                            nationality, "M", "35-44", "ITAS", "IMIGRASI", PROVINCES[place],
                            LocalDate.ofInstant(later, ZoneOffset.UTC), null, later), later);
                } else {
                    send(producer, key, EventTypes.PERSON_DEPARTED, new PersonDeparted(person, nationality, PORTS[place],
                            PROVINCES[place], null, later), later);
                }
            }
            producer.flush();
        }
    }

    private static void send(KafkaProducer<String, String> producer, String key, String type, Object payload, Instant at) {
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.PRESENCE_EVENTS, key, Events.json(payload));
        CloudEventHeaders.write(record.headers(), UUID.randomUUID().toString(), type, "/wna/case-service", key, at);
        producer.send(record);
    }

    record Progress(double seconds, long tenth, long ninetieth) {
        String steady(int events) {
            return ninetieth > tenth && tenth > 0
                    ? String.format(Locale.ROOT, "%,.0f events/s from 10 %% to 90 %%", events * 0.8 / ((ninetieth - tenth) / 1e9))
                    : "10-90 % n/a";
        }
    }

    private Progress awaitInbox(int events, long from, long timeoutNanos) throws Exception {
        long tenth = 0, ninetieth = 0, done;
        while ((done = inbox()) < events) {
            long now = System.nanoTime();
            if (tenth == 0 && done >= events / 10) tenth = now;
            if (ninetieth == 0 && done >= events * 9L / 10) ninetieth = now;
            assertTrue(now - from < timeoutNanos, "only " + done + " of " + events + " applied in time");
            Thread.sleep(250);
        }
        return new Progress((System.nanoTime() - from) / 1e9, tenth, ninetieth);
    }

    private long inbox() throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM processed_event WHERE consumer = ?")) {
            p.setString(1, CONSUMER);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(sql); ResultSet rs = p.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
