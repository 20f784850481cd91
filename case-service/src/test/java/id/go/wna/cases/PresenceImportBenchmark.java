package id.go.wna.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.infra.test.TestTokens;
import id.go.wna.platform.outbox.OutboxBacklog;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Presence import figures on this machine (prints, asserts only the counts): a generated CSV of
 * {@code -Dpresence.benchmark.rows} rows (default 1,000,000), produced on the fly (never held in memory) and streamed
 * through {@code POST /api/v1/presence/imports} with chunked transfer encoding. Run:
 * {@code ./mvnw -o -pl case-service -am verify -Dtest=PresenceImportBenchmark -Dbenchmarks.excluded=none -Dsurefire.failIfNoSpecifiedTests=false}
 */
@QuarkusTest
@Tag("benchmark")
class PresenceImportBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/api/v1/presence/imports")
    URI imports;
    @Inject
    OutboxBacklog backlog;

    @Test
    void aMillionRowCsvStreamedThroughTheEndpoint() throws Exception {
        int rows = Integer.getInteger("presence.benchmark.rows", 1_000_000);
        HttpClient client = HttpClient.newHttpClient();
        run(client, 20_000, "warm-up");
        await();
        run(client, rows, "measured");
    }

    /** Waits until the relay has published the warm-up's events, so the measured run starts from an empty backlog. */
    private void await() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (backlog.snapshot().pending() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
    }

    private void run(HttpClient client, int rows, String label) throws Exception {
        AtomicLong bytes = new AtomicLong();
        HttpRequest request = HttpRequest.newBuilder(imports)
                .header("Content-Type", "text/csv")
                .header("Authorization", "Bearer " + TestTokens.forRole("imigrasi-officer"))
                .timeout(Duration.ofMinutes(30))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new GeneratedCsv(rows, bytes)))
                .build();
        System.gc();
        HeapSampler heap = new HeapSampler();
        heap.start();
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - start) / 1e9;
        heap.stop();
        assertEquals(202, response.statusCode(), response.body());
        JsonNode job = JSON.readTree(response.body());
        assertEquals(rows, job.get("rowsRead").asLong());
        assertEquals(0, job.get("rejected").asLong(), () -> "rejected: " + job.get("errors"));
        assertEquals(rows, job.get("accepted").asLong());
        System.out.printf("%nPresence import (%s): %,d rows, %.1f MB of CSV in %.2f s = %,.0f rows/s; heap used (sampled every "
                        + "50 ms, garbage included) peak %,d MB, old generation after GC peak %,d MB, max heap %,d MB; events "
                        + "still to relay when the response came: %,d%n%n",
                label, rows, bytes.get() / 1e6, seconds, rows / seconds, heap.peakUsed / (1 << 20),
                heap.peakOldAfterGc / (1 << 20), Runtime.getRuntime().maxMemory() / (1 << 20), backlog.snapshot().pending());
    }

    /** Samples the heap in the test JVM (which also runs the service) while the import runs. */
    private static final class HeapSampler implements Runnable {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread = new Thread(this, "heap-sampler");
        volatile long peakUsed;
        volatile long peakOldAfterGc;

        void start() {
            thread.start();
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join();
        }

        @Override
        public void run() {
            while (running.get()) {
                peakUsed = Math.max(peakUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                    MemoryUsage afterGc = pool.getCollectionUsage();
                    if (pool.getType() == MemoryType.HEAP && pool.getName().contains("Old") && afterGc != null) {
                        peakOldAfterGc = Math.max(peakOldAfterGc, afterGc.getUsed());
                    }
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** A CSV of movements made up as it is read: header, then arrivals, departures, permits issued and ended. */
    static final class GeneratedCsv extends InputStream {
        private static final String[] NATIONALITIES = {"AUS", "CHN", "JPN", "KOR", "MYS", "SGP", "USA", "GBR", "D", "FRA", "IND", "NLD", "RUS", "PHL"};
        private static final String[] PORTS = {"DPS", "CGK", "KNO", "SUB", "BTH", "LOP", "UPG", "JOG"};
        private static final String[] PROVINCES = {"Bali", "Banten", "Sumatera Utara", "Jawa Timur", "Kepulauan Riau",
                "Nusa Tenggara Barat", "Sulawesi Selatan", "Daerah Istimewa Yogyakarta"};
        private final int rows;
        private final AtomicLong bytes;
        private final SplittableRandom random = new SplittableRandom(System.nanoTime());
        private final String run = Long.toString(System.nanoTime() % 100_000, 36).toUpperCase();
        private final String at = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        private final StringBuilder line = new StringBuilder(256);
        private byte[] buffer = ("movementId,type,occurredAt,documentIssuingState,documentNumber,nationality,sex,birthDate,"
                + "portCode,province,entryBasis,permitType,permitId,validFrom,validUntil,endReason,overstayDays\n").getBytes(StandardCharsets.UTF_8);
        private int position;
        private int produced;

        GeneratedCsv(int rows, AtomicLong bytes) {
            this.rows = rows;
            this.bytes = bytes;
        }

        private boolean fill() {
            if (produced == rows) {
                return false;
            }
            line.setLength(0);
            int kind = random.nextInt(100);
            String nationality = NATIONALITIES[random.nextInt(NATIONALITIES.length)];
            int port = random.nextInt(PORTS.length);
            line.append(uuid()).append(',')
                    .append(kind < 45 ? "ARRIVAL" : kind < 85 ? "DEPARTURE" : kind < 95 ? "PERMIT_ISSUED" : "PERMIT_ENDED").append(',')
                    .append(at).append(',').append(nationality).append(',').append('B').append(run).append(produced).append(',')
                    .append(nationality).append(',').append(random.nextBoolean() ? 'F' : 'M').append(',')
                    .append(1940 + random.nextInt(80)).append("-0").append(1 + random.nextInt(9)).append("-1").append(random.nextInt(10)).append(',');
            if (kind < 85) {
                line.append(PORTS[port]).append(',').append(PROVINCES[port]).append(',')
                        .append(kind < 45 ? "VISA_ON_ARRIVAL" : "").append(",,,,,,").append(kind >= 45 && random.nextInt(50) == 0 ? "2" : "");
            } else if (kind < 95) {
                line.append(',').append(PROVINCES[port]).append(",,ITAS,").append(uuid()).append(",2026-01-01,2026-12-31,,");
            } else {
                line.append(",,,ITK,").append(uuid()).append(",,,EXPIRED,");
            }
            line.append('\n');
            buffer = line.toString().getBytes(StandardCharsets.UTF_8);
            position = 0;
            produced++;
            return true;
        }

        private UUID uuid() {
            return new UUID((random.nextLong() & ~0xF000L) | 0x4000L, (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
        }

        @Override
        public int read() {
            if (position == buffer.length && !fill()) {
                return -1;
            }
            bytes.incrementAndGet();
            return buffer[position++] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            int n = 0;
            while (n < len) {
                if (position == buffer.length && !fill()) {
                    break;
                }
                int chunk = Math.min(len - n, buffer.length - position);
                System.arraycopy(buffer, position, b, off + n, chunk);
                position += chunk;
                n += chunk;
            }
            bytes.addAndGet(n);
            return n == 0 ? -1 : n;
        }
    }
}
