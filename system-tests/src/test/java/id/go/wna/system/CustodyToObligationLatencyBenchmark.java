package id.go.wna.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.contracts.CloudEventHeaders;
import id.go.wna.contracts.EventTypes;
import id.go.wna.contracts.Topics;
import id.go.wna.infra.LocalKeys;
import id.go.wna.infra.WnaSystem;
import id.go.wna.infra.demo.Mrz;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * DESIGN §7: "custody recorded → obligation with computed deadline readable in notification-service: p50 &lt; 100 ms,
 * p99 &lt; 500 ms", measured between the four packaged services as processes with the real broker and PostgreSQL (the
 * same start as {@link WholeSystemTest}, in its own folder). Prints figures, asserts nothing timed. Run:
 * <pre>
 * ./mvnw package -DskipTests -q
 * ./mvnw -pl event-contracts,local-infra,system-tests verify -Dtest=CustodyToObligationLatencyBenchmark \
 *     -Dbenchmarks.excluded=none -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * For each custody, one after another at a modest rate ({@code -Dlatency.benchmark.custodies=300},
 * {@code -Dlatency.benchmark.rate=10} per second, {@code -Dlatency.benchmark.warmup=30} not reported, {@code
 * -Dlatency.benchmark.poll-ms=5}):
 * <ol>
 *   <li><b>readable</b>: from the {@code POST /cases/{id}/custody} response to the first {@code GET
 *       /api/v1/obligations?caseId=} answer holding the obligation with its NOTIFICATION {@code dueAt}, polled every
 *       {@code poll-ms} on a keep-alive connection (so the figure is late by up to one poll interval plus one GET);</li>
 *   <li>from the same response to the broker records, read by a plain consumer ({@code fetch.max.wait.ms=5}) of both
 *       topics: {@code CustodyNoticeIssued.v1} on wna.custody-notices.v1 (case-service's relay) and {@code
 *       ObligationOpened.v1} on kemlu.consular-events.v1 (notification-service's relay), each by its record timestamp
 *       (the producer's create time, ms) and by the moment the benchmark's consumer received it.</li>
 * </ol>
 * Everything runs on one host, so the wall clocks compared are the same clock.
 */
@Tag("benchmark")
class CustodyToObligationLatencyBenchmark {

    private static final int CUSTODIES = Integer.getInteger("latency.benchmark.custodies", 300);
    private static final int WARM_UP = Integer.getInteger("latency.benchmark.warmup", 30);
    private static final double RATE = Double.parseDouble(System.getProperty("latency.benchmark.rate", "10"));
    private static final int POLL_MS = Integer.getInteger("latency.benchmark.poll-ms", 5);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static WnaSystem system;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startTheWholeSystem() {
        system = SystemClient.startSystem("wna-latency-benchmark", "_sysbench", "[system] ");
    }

    @AfterAll
    static void stopTheWholeSystem() {
        if (system != null) {
            system.close();
        }
    }

    /** When the benchmark's consumer saw a record of a case: the record's timestamp and the local receipt time, epoch ms. */
    record Seen(long recordTimestamp, double receivedAt) {
    }

    @Test
    void custodyRecordedToObligationReadableAndPublished() throws Exception {
        String officer = "Bearer " + system.keys().mint(LocalKeys.TokenRequest.forRole("imigrasi-officer").ttl(Duration.ofHours(2)));
        String kemlu = "Bearer " + system.keys().mint(LocalKeys.TokenRequest.forRole("kemlu-consular").ttl(Duration.ofHours(2)));
        String cases = system.baseUrl("case-service");
        String notification = system.baseUrl("notification-service");

        int total = WARM_UP + CUSTODIES;
        System.out.printf("BENCH setup: %d Australians registered from MRZs, each with a case in Bali...%n", total);
        String[] caseIds = new String[total];
        for (int i = 0; i < total; i++) {
            String mrz = Mrz.td3("AUS", "LATENCY", "PERSON " + letters(i), String.format(Locale.ROOT, "LB%07d", i), "AUS",
                    LocalDate.of(1980, 1, 1).plusDays(i), "M", LocalDate.now().plusYears(5));
            String personId = json(post(cases + "/api/v1/persons", officer, JSON.writeValueAsString(
                    Map.of("mrz", mrz, "languages", List.of("en"))), 201)).get("id").asText();
            caseIds[i] = json(post(cases + "/api/v1/cases", officer, JSON.writeValueAsString(
                    Map.of("kind", "IMMIGRATION_CRIME", "nationality", "AUS", "province", "Bali", "personId", personId)), 201))
                    .get("id").asText();
        }

        Map<String, Seen> noticeSeen = new ConcurrentHashMap<>();
        Map<String, Seen> obligationSeen = new ConcurrentHashMap<>();
        Thread listener = listen(noticeSeen, obligationSeen);

        double[] readable = new double[total];
        double[] responseAt = new double[total];
        int[] polls = new int[total];
        Instant startedAt = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        long interval = (long) (1e9 / RATE);
        long next = System.nanoTime();
        long measuredFrom = 0;
        long t0Run = System.nanoTime();
        for (int i = 0; i < total; i++) {
            if (i == WARM_UP) {
                measuredFrom = System.nanoTime();
            }
            long wait = next - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            next = Math.max(next + interval, System.nanoTime());
            post(cases + "/api/v1/cases/" + caseIds[i] + "/custody", officer, """
                    {"custodyType":"IMMIGRATION_DETENTION","facilityType":"RUDENIM","facilityCode":"RUDENIM-DENPASAR",
                     "facilityName":"Rudenim Denpasar","province":"Bali","arrestingAuthority":"IMIGRASI",
                     "arrestPlace":"Ngurah Rai International Airport","startedAt":"%s","charges":[{"statute":"UU 6/2011","article":"78(3)"}]}""".formatted(startedAt), 201);
            long responded = System.nanoTime();
            responseAt[i] = epochMillis();
            HttpRequest get = HttpRequest.newBuilder(URI.create(notification + "/api/v1/obligations?caseId=" + caseIds[i]))
                    .header("Authorization", kemlu).timeout(Duration.ofSeconds(10)).GET().build();
            while (true) {
                polls[i]++;
                HttpResponse<String> r = http.send(get, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    throw new AssertionError("GET obligations: " + r.statusCode() + " " + r.body());
                }
                if (r.body().length() > 2 && hasNotificationDueAt(json(r.body()))) {
                    readable[i] = (System.nanoTime() - responded) / 1e6;
                    break;
                }
                if (System.nanoTime() - responded > Duration.ofSeconds(60).toNanos()) {
                    throw new AssertionError("no obligation after 60 s for case " + caseIds[i]);
                }
                TimeUnit.MILLISECONDS.sleep(POLL_MS);
            }
        }
        double runSeconds = (System.nanoTime() - measuredFrom) / 1e9;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while ((noticeSeen.size() < total || obligationSeen.size() < total) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        listener.interrupt();
        listener.join(5_000);

        List<Double> toNoticeTs = new ArrayList<>(), toNoticeRx = new ArrayList<>(), toOpenedTs = new ArrayList<>(),
                toOpenedRx = new ArrayList<>(), noticeToOpened = new ArrayList<>(), noticeToReadable = new ArrayList<>();
        for (int i = WARM_UP; i < total; i++) {
            Seen n = noticeSeen.get(caseIds[i]);
            Seen o = obligationSeen.get(caseIds[i]);
            if (n != null) {
                toNoticeTs.add(n.recordTimestamp() - responseAt[i]);
                toNoticeRx.add(n.receivedAt() - responseAt[i]);
            }
            if (o != null) {
                toOpenedTs.add(o.recordTimestamp() - responseAt[i]);
                toOpenedRx.add(o.receivedAt() - responseAt[i]);
            }
            if (n != null && o != null) {
                noticeToOpened.add((double) (o.recordTimestamp() - n.recordTimestamp()));
            }
            if (n != null) {
                noticeToReadable.add(responseAt[i] + readable[i] - n.recordTimestamp());
            }
        }
        double[] measured = Arrays.copyOfRange(readable, WARM_UP, total);
        int measuredPolls = Arrays.stream(polls, WARM_UP, total).sum();
        System.out.printf("BENCH %d custodies (after %d warm-up), one at a time at a target %.1f/s: achieved %.2f custodies/s "
                        + "over %.1f s (whole run incl. warm-up %.1f s)%n", CUSTODIES, WARM_UP, RATE, CUSTODIES / runSeconds,
                runSeconds, (System.nanoTime() - t0Run) / 1e9);
        System.out.printf("BENCH poll interval %d ms + one GET per poll: %.1f polls per custody on average%n", POLL_MS,
                measuredPolls / (double) CUSTODIES);
        print("custody POST response -> obligation with NOTIFICATION dueAt readable (GET /obligations?caseId=)", toList(measured));
        print("custody POST response -> CustodyNoticeIssued.v1 record timestamp (case-service relay)", toNoticeTs);
        print("custody POST response -> CustodyNoticeIssued.v1 received by a plain consumer", toNoticeRx);
        print("custody POST response -> ObligationOpened.v1 record timestamp (notification-service relay)", toOpenedTs);
        print("custody POST response -> ObligationOpened.v1 received by a plain consumer", toOpenedRx);
        print("stage: CustodyNoticeIssued.v1 record timestamp -> obligation readable (notification-service consumer and transaction)",
                noticeToReadable);
        print("stage: CustodyNoticeIssued.v1 record timestamp -> ObligationOpened.v1 record timestamp (all of notification-service)",
                noticeToOpened);
        System.out.println("BENCH budget (docs/benchmarks/README.md): readable p50 < 100 ms, p99 < 500 ms");
    }

    /** A plain consumer of both topics from their current end, recording the first record of each case. */
    private static Thread listen(Map<String, Seen> noticeSeen, Map<String, Seen> obligationSeen) throws InterruptedException {
        Properties p = new Properties();
        p.putAll(system.kafkaClient());
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "5");
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p);
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : List.of(Topics.CUSTODY_NOTICES, Topics.CONSULAR_EVENTS)) {
            for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolve the end offsets now, before the first custody
        Thread t = new Thread(() -> {
            try (consumer) {
                while (!Thread.currentThread().isInterrupted()) {
                    for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(100))) {
                        double received = epochMillis();
                        String type = header(r, CloudEventHeaders.TYPE);
                        if (EventTypes.CUSTODY_NOTICE_ISSUED.equals(type)) {
                            noticeSeen.putIfAbsent(r.key(), new Seen(r.timestamp(), received));
                        } else if (EventTypes.OBLIGATION_OPENED.equals(type)) {
                            obligationSeen.putIfAbsent(json(r.value()).get("caseId").asText(), new Seen(r.timestamp(), received));
                        }
                    }
                }
            } catch (org.apache.kafka.common.errors.InterruptException e) {
                // done
            }
        }, "latency-listener");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static boolean hasNotificationDueAt(JsonNode obligations) {
        for (JsonNode o : obligations) {
            for (JsonNode c : o.path("clocks")) {
                if ("NOTIFICATION".equals(c.path("clock").asText()) && c.hasNonNull("dueAt")) {
                    return true;
                }
            }
        }
        return false;
    }

    private String post(String url, String token, String body, int expected) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", token)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new AssertionError("POST " + url + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    private static void print(String what, List<Double> values) {
        if (values.isEmpty()) {
            System.out.printf("BENCH %s: no values%n", what);
            return;
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("BENCH %s (n=%d): p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms, min %.1f ms%n", what, v.length,
                pct(v, 50), pct(v, 90), pct(v, 99), v[v.length - 1], v[0]);
    }

    private static double pct(double[] sorted, double p) {
        int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static List<Double> toList(double[] values) {
        return Arrays.stream(values).boxed().toList();
    }

    /** Epoch milliseconds with the sub-millisecond part the clock gives (microseconds on Linux). */
    private static double epochMillis() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1e3 + now.getNano() / 1e6;
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static JsonNode json(String s) {
        try {
            return JSON.readTree(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A distinct given name per person: 0 → A, 25 → Z, 26 → BA ... (MRZ names are letters only). */
    private static String letters(int i) {
        StringBuilder b = new StringBuilder();
        do {
            b.insert(0, (char) ('A' + i % 26));
            i /= 26;
        } while (i > 0);
        return b.toString();
    }
}
