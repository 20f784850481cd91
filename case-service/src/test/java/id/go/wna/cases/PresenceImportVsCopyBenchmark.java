package id.go.wna.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.infra.test.LoadAverage;
import id.go.wna.infra.test.TestTokens;
import id.go.wna.platform.outbox.OutboxBacklog;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The presence import against the database's own limit: the same generated CSV file
 * ({@code -Dpresence.benchmark.rows}, default 1,000,000; see {@link PresenceImportBenchmark.GeneratedCsv}) is written to
 * {@code target/}, imported through {@code POST /api/v1/presence/imports} (rows/s), then loaded with PostgreSQL
 * {@code COPY ... FROM STDIN (FORMAT csv, HEADER)} through the JDBC {@code CopyManager} into a plain table with the
 * file's seventeen columns, typed, on the same PostgreSQL: once without any index (the raw limit) and once with a
 * primary key on the movement id (what any keyed table pays); then the two tables the import writes, probed with one
 * set-based statement each (see {@link #probe}). Prints rows/s and the ratios; appends to
 * {@code target/benchmark-presence-import-vs-copy.txt}. Run:
 * {@code ./mvnw -o -pl case-service verify -Dtest=PresenceImportVsCopyBenchmark -Dbenchmarks.excluded=none
 * -Dsurefire.failIfNoSpecifiedTests=false [-Dpresence.benchmark.rows=200000]}
 */
@QuarkusTest
@Tag("benchmark")
class PresenceImportVsCopyBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PLAIN_COLUMNS = """
            movement_id uuid, type varchar(20), occurred_at timestamptz, document_issuing_state varchar(3),
            document_number varchar(40), nationality varchar(3), sex varchar(1), birth_date date, port_code varchar(20),
            province varchar(60), entry_basis varchar(20), permit_type varchar(12), permit_id uuid, valid_from date,
            valid_until date, end_reason varchar(12), overstay_days integer""";

    @TestHTTPResource("/api/v1/presence/imports")
    URI imports;
    @Inject
    OutboxBacklog backlog;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void theImportAgainstCopyOfTheSameFile() throws Exception {
        int rows = Integer.getInteger("presence.benchmark.rows", 1_000_000);
        HttpClient client = HttpClient.newHttpClient();
        Path warmUp = write(20_000, "warm-up");
        Path file = write(rows, "measured");
        try {
            importFile(client, warmUp, 20_000);
            copy(warmUp, false);
            awaitRelay();

            long started = System.nanoTime();
            double api = importFile(client, file, rows);
            long pending = backlog.snapshot().pending();
            awaitRelay();
            double relayed = rows / ((System.nanoTime() - started) / 1e9);
            double plain = copy(file, false);
            double keyed = copy(file, true);
            double[] probe = probe(file);
            String report = String.format(Locale.ROOT, """
                            %s presence import vs COPY, %,d rows, %.1f MB of CSV (load average %s)
                              POST /api/v1/presence/imports          %,10.0f rows/s (%,d events still to relay at the response)
                              every event acknowledged by the broker %,10.0f events/s from the request's start
                              COPY into a plain table, no index      %,10.0f rows/s  -> import / COPY = %.3f
                              COPY into a plain table, primary key   %,10.0f rows/s  -> import / COPY = %.3f
                              INSERT ... SELECT into an empty copy of outbox_event (jsonb built in SQL, its indexes) %,10.0f rows/s
                              INSERT ... SELECT, the same rows into a copy of outbox_event without its indexes      %,10.0f rows/s
                              INSERT ... SELECT of the imported movements into an empty copy of presence_movement %,10.0f rows/s
                              budget (docs/benchmarks/README.md) 50,000 rows/s: import / budget = %.3f, COPY (no index) / budget = %.2f
                            """, Instant.now(), rows, Files.size(file) / 1e6, LoadAverage.now(), api, pending, relayed,
                    plain, api / plain, keyed, api / keyed, probe[0], probe[2], probe[1], api / 50_000, plain / 50_000);
            System.out.print("\n[benchmark] " + report + "\n");
            Files.writeString(Path.of("target", "benchmark-presence-import-vs-copy.txt"), report, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } finally {
            Files.deleteIfExists(warmUp);
            Files.deleteIfExists(file);
        }
    }

    private static Path write(int rows, String label) throws Exception {
        Path file = Path.of("target", "presence-benchmark-" + label + ".csv").toAbsolutePath();
        try (InputStream in = new PresenceImportBenchmark.GeneratedCsv(rows, new AtomicLong())) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    /** Imports the file through the API; returns rows/s from the request's start to the 202 response. */
    private double importFile(HttpClient client, Path file, int rows) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(imports)
                .header("Content-Type", "text/csv")
                .header("Authorization", "Bearer " + TestTokens.forRole("imigrasi-officer"))
                .timeout(Duration.ofMinutes(30))
                .POST(HttpRequest.BodyPublishers.ofFile(file))
                .build();
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(202, response.statusCode(), response.body());
        JsonNode job = JSON.readTree(response.body());
        assertEquals(rows, job.get("accepted").asLong(), () -> "rejected: " + job.get("errors"));
        return rows / seconds;
    }

    /** COPYs the file into a fresh plain table (committed); returns rows/s including the commit. */
    private double copy(Path file, boolean primaryKey) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS benchmark_presence_copy");
                s.execute("CREATE TABLE benchmark_presence_copy (" + PLAIN_COLUMNS
                        + (primaryKey ? ", PRIMARY KEY (movement_id)" : "") + ")");
            }
            c.setAutoCommit(false);
            long start = System.nanoTime();
            long copied;
            try (InputStream in = Files.newInputStream(file)) {
                copied = c.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("COPY benchmark_presence_copy FROM STDIN WITH (FORMAT csv, HEADER true)", in, 1 << 16);
            }
            c.commit();
            double seconds = (System.nanoTime() - start) / 1e9;
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE benchmark_presence_copy");
            }
            return copied / seconds;
        }
    }

    /**
     * Where the import's database time goes, without the service: the file's rows (COPYed into a plain table first, not
     * timed) inserted with one set-based statement into an empty copy of {@code outbox_event} with all its indexes (a
     * jsonb payload built in SQL, about the size of a PersonArrived event); and the movements the imports recorded
     * copied with one statement into an empty copy of {@code presence_movement} with its indexes. Rows/s of each.
     */
    private double[] probe(Path file) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS benchmark_presence_copy, benchmark_outbox, benchmark_outbox_bare, benchmark_movement");
                s.execute("CREATE TABLE benchmark_outbox_bare (LIKE outbox_event INCLUDING DEFAULTS)");
                s.execute("CREATE TABLE benchmark_presence_copy (" + PLAIN_COLUMNS + ")");
                s.execute("CREATE TABLE benchmark_outbox (LIKE outbox_event INCLUDING DEFAULTS INCLUDING INDEXES)");
                s.execute("CREATE TABLE benchmark_movement (LIKE presence_movement INCLUDING DEFAULTS INCLUDING INDEXES)");
            }
            long copied;
            try (InputStream in = Files.newInputStream(file)) {
                copied = c.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("COPY benchmark_presence_copy FROM STDIN WITH (FORMAT csv, HEADER true)", in, 1 << 16);
            }
            double[] rowsPerSecond = {Double.NaN, Double.NaN, Double.NaN};
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE benchmark_presence_copy");
                String outboxRows = "(id, topic, aggregate_type, aggregate_id, type, payload, occurred_at) "
                        + "SELECT gen_random_uuid(), 'wna.presence-events.v1', 'Person', movement_id::text, 'PersonArrived.v1', "
                        + "json_build_object('personRef', gen_random_uuid(), 'nationality', nationality, 'sex', sex, "
                        + "'ageBand', '25-34', 'portOfEntry', port_code, 'province', province, 'entryBasis', entry_basis, "
                        + "'arrivedAt', occurred_at)::jsonb, now() FROM benchmark_presence_copy";
                long start = System.nanoTime();
                s.executeUpdate("INSERT INTO benchmark_outbox_bare " + outboxRows);
                rowsPerSecond[2] = copied / ((System.nanoTime() - start) / 1e9);
                start = System.nanoTime();
                s.executeUpdate("INSERT INTO benchmark_outbox " + outboxRows);
                rowsPerSecond[0] = copied / ((System.nanoTime() - start) / 1e9);
                try {
                    start = System.nanoTime();
                    int moved = s.executeUpdate("INSERT INTO benchmark_movement SELECT * FROM presence_movement");
                    rowsPerSecond[1] = moved / ((System.nanoTime() - start) / 1e9);
                } catch (Exception e) {
                    System.out.println("movement probe skipped: " + e.getMessage());
                }
                s.execute("DROP TABLE IF EXISTS benchmark_presence_copy, benchmark_outbox, benchmark_outbox_bare, benchmark_movement");
            }
            return rowsPerSecond;
        }
    }

    /** Waits until the broker acknowledged every event recorded; fails after 30 minutes. */
    private void awaitRelay() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        while (backlog.snapshot().pending() > 0) {
            assertTrue(System.nanoTime() < deadline, "events still not relayed after 30 minutes: " + backlog.snapshot().pending());
            Thread.sleep(200);
        }
    }
}
