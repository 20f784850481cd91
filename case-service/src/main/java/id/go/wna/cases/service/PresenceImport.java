package id.go.wna.cases.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.cases.config.PresenceImportConfig;
import id.go.wna.cases.domain.ImportJob;
import id.go.wna.cases.domain.Movement;
import id.go.wna.platform.outbox.Outbox;
import id.go.wna.platform.refusal.BrokenRule;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Bulk import of presence movements, streamed: the body is read line by line while the request runs, and rows go to
 * the database in batches of {@code wna.presence.import.batch-size}, never all at once.
 *
 * <p>Per batch, in one transaction on a connection of its own: the valid rows are COPYed straight into
 * {@code presence_movement} (under a savepoint). If a movementId is already known (in this file or an earlier one),
 * that COPY fails on the primary key and is rolled back to the savepoint, and this batch and the rest of the job take
 * the careful path: the rows are COPYed into a temporary staging table, one statement inserts them
 * ({@code ON CONFLICT (id) DO NOTHING}: a duplicate), and rows whose movementId was recorded with different content are
 * rejected. The rejected rows' errors are COPYed into {@code presence_import_error}; the job's counters are
 * updated. A movement row is its own event's outbox record ({@code PresenceEvents}, an {@code OutboxTable}): the
 * movements inserted are exactly the events the relay will publish, so a movement never commits without its event and
 * duplicates publish nothing. A client polling the job sees the progress of committed batches.
 *
 * <p>Parsing (and the HMAC of each person reference) runs on the request thread while the previous batch is written by
 * a writer thread: at most two batches are in memory.
 */
@ApplicationScoped
public class PresenceImport {

    private static final Logger LOG = Logger.getLogger(PresenceImport.class);
    private static final String UNIQUE_VIOLATION = "23505";

    private static final String STAGING = """
            CREATE TEMP TABLE IF NOT EXISTS presence_staging (
                id uuid, type varchar(20), occurred_at timestamptz, person_ref uuid, nationality varchar(3),
                sex varchar(1), age_band varchar(10), port_code varchar(20), province varchar(60), entry_basis varchar(20),
                permit_type varchar(12), permit_id uuid, issuer varchar(10), valid_from date, valid_until date,
                end_reason varchar(12), overstay_days integer, import_job_id uuid, import_line bigint, recorded_at timestamptz
            ) ON COMMIT DELETE ROWS""";
    /** The columns of a COPY row, in the staging table's order (the identity {@code seq} follows the row order). */
    private static final String COLUMNS = "id, type, occurred_at, person_ref, nationality, sex, age_band, port_code, province, "
            + "entry_basis, permit_type, permit_id, issuer, valid_from, valid_until, end_reason, overstay_days, "
            + "import_job_id, import_line, recorded_at";
    private static final String COPY_MOVEMENTS = "COPY presence_movement (" + COLUMNS + ") FROM STDIN";
    /** In line order, so the identity column {@code seq}, the order the relay sends in, follows the file. */
    private static final String INSERT = """
            INSERT INTO presence_movement (%1$s)
            SELECT %1$s FROM presence_staging ORDER BY import_line
            ON CONFLICT (id) DO NOTHING""".formatted(COLUMNS);
    /** Columns that make a movement's content (all but its id and provenance). */
    private static final String CONTENT = "type, occurred_at, person_ref, nationality, sex, age_band, port_code, province, "
            + "entry_basis, permit_type, permit_id, issuer, valid_from, valid_until, end_reason, overstay_days";
    /** Rows not inserted because their movementId holds another movement: rejected, not duplicates. */
    private static final String CONFLICTS = """
            INSERT INTO presence_import_error (job_id, line, field, message)
            SELECT ?, s.import_line, 'movementId', 'was already recorded with different content ('
                   || coalesce('import ' || m.import_job_id || ' line ' || m.import_line, 'POST /api/v1/presence/movements') || ')'
            FROM presence_staging s JOIN presence_movement m ON m.id = s.id
            WHERE NOT (m.import_job_id IS NOT DISTINCT FROM ? AND m.import_line = s.import_line)
              AND (%s) IS DISTINCT FROM (%s)""".formatted(prefixed("m.", CONTENT), prefixed("s.", CONTENT));

    private final AgroalDataSource dataSource;
    private final MovementRules rules;
    private final ObjectMapper json;
    private final Outbox outbox;
    private final int batchSize;

    @Inject
    public PresenceImport(AgroalDataSource dataSource, MovementRules rules, ObjectMapper json, Outbox outbox,
                          PresenceImportConfig config) {
        this(dataSource, rules, json, outbox, config.batchSize());
    }

    /** With a batch size of its own rather than {@code wna.presence.import.batch-size}. */
    public PresenceImport(AgroalDataSource dataSource, MovementRules rules, ObjectMapper json, Outbox outbox, int batchSize) {
        this.dataSource = dataSource;
        this.rules = rules;
        this.json = json;
        this.outbox = outbox;
        this.batchSize = batchSize;
    }

    /**
     * Reads the whole body and imports it; returns the job id when the last batch has committed. A CSV header without
     * the required columns is refused (400) before any job exists. If reading or writing fails half-way, the batches
     * committed so far stay, the job is marked FAILED with the reason, and the exception goes on.
     */
    public UUID run(ImportJob.Format format, Charset charset, InputStream body, String submittedBy) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(body, charset), 1 << 16);
        MovementRows rows = format == ImportJob.Format.CSV ? MovementRows.csv(reader) : MovementRows.ndjson(reader, json);
        UUID jobId = UUID.randomUUID();
        ExecutorService writerThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "presence-import-" + jobId));
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute(STAGING);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO presence_import_job (id, format, status, submitted_by, started_at) "
                    + "VALUES (?, ?, 'RUNNING', ?, ?)")) {
                ps.setObject(1, jobId);
                ps.setString(2, format.name());
                ps.setString(3, submittedBy);
                ps.setTimestamp(4, Timestamp.from(Instant.now()));
                ps.executeUpdate();
            }
            c.commit();
            Writer writer = new Writer(c, jobId);
            Future<?> inFlight = null;
            try {
                Batch batch;
                do {
                    long t0 = System.nanoTime();
                    batch = read(rows, jobId);
                    long t1 = System.nanoTime();
                    if (inFlight != null) {
                        inFlight.get(); // the previous batch is committed before the next is handed over
                    }
                    writer.readNanos += t1 - t0;
                    writer.waitNanos += System.nanoTime() - t1;
                    Batch ready = batch;
                    inFlight = ready.rowsRead == 0 ? null : writerThread.submit(() -> {
                        writer.write(ready);
                        return null;
                    });
                } while (batch.rowsRead > 0);
                writer.finish();
                LOG.infof("Presence import %s: %d rows read, %d accepted, %d duplicates, %d rejected; %d batches COPYed into "
                                + "presence_movement, %d staged; ms reading %d, waiting for the writer %d, copy %d, insert %d, conflicts %d, "
                                + "commit %d", jobId, writer.rowsRead, writer.accepted, writer.duplicates, writer.rejected,
                        writer.directBatches, writer.stagedBatches, writer.readNanos / 1_000_000, writer.waitNanos / 1_000_000,
                        writer.copyNanos / 1_000_000, writer.insertNanos / 1_000_000, writer.conflictNanos / 1_000_000,
                        writer.commitNanos / 1_000_000);
                return jobId;
            } catch (Exception e) {
                waitQuietly(inFlight);
                rollbackQuietly(c);
                failed(jobId, e);
                if (e instanceof ExecutionException ee && ee.getCause() instanceof SQLException sql) {
                    throw new IllegalStateException("presence import " + jobId + " failed: " + sql.getMessage(), sql);
                }
                if (e instanceof IOException io) {
                    throw io;
                }
                throw e instanceof RuntimeException re ? re : new IllegalStateException("presence import " + jobId + " failed", e);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("presence import " + jobId + " could not start: " + e.getMessage(), e);
        } finally {
            writerThread.shutdownNow();
        }
    }

    /** Reads up to one batch of rows: valid ones as COPY text for the staging table, the others' errors as COPY text. */
    private Batch read(MovementRows rows, UUID jobId) throws IOException {
        Batch b = new Batch(batchSize);
        Instant now = Instant.now();
        // The columns every row of the batch shares, around its line number: formatted once a batch, not per row.
        String job = "\t" + jobId + "\t";
        String recordedAt = "\t" + now.truncatedTo(ChronoUnit.MICROS) + "\n";
        List<BrokenRule> errors = new ArrayList<>();
        MovementRows.Row row;
        while (b.rowsRead < batchSize && (row = rows.next()) != null) {
            b.rowsRead++;
            errors.clear();
            Movement m = null;
            if (row.unreadable() != null) {
                errors.add(row.unreadable());
            } else {
                MovementInput in = rules.parse(row.fields(), errors);
                m = rules.check(in, errors, now);
            }
            if (m == null) {
                b.rejected++;
                for (BrokenRule e : errors) {
                    b.errors.append(jobId).append('\t').append(row.line()).append('\t');
                    copyText(b.errors, e.field());
                    b.errors.append('\t');
                    copyText(b.errors, e.message().length() > 300 ? e.message().substring(0, 297) + "..." : e.message());
                    b.errors.append('\n');
                }
            } else {
                b.valid++;
                stage(b.staging, m, job, row.line(), recordedAt);
            }
        }
        return b;
    }

    /** One row of {@link #COLUMNS} in COPY text format (tab-separated, \N for null). */
    private static void stage(StringBuilder sb, Movement m, String job, long line, String recordedAt) {
        sb.append(m.id).append('\t').append(m.type.name()).append('\t').append(m.occurredAt)
                .append('\t').append(m.personRef).append('\t').append(m.nationality).append('\t');
        value(sb, m.sex);
        value(sb, m.ageBand);
        value(sb, m.portCode);
        value(sb, m.province);
        value(sb, m.entryBasis);
        value(sb, m.permitType);
        value(sb, m.permitId);
        value(sb, m.issuer);
        value(sb, m.validFrom);
        value(sb, m.validUntil);
        value(sb, m.endReason);
        if (m.overstayDays == null) {
            sb.append("\\N");
        } else {
            sb.append(m.overstayDays.intValue());
        }
        sb.append(job).append(line).append(recordedAt);
    }

    private static void value(StringBuilder sb, Object v) {
        if (v == null) {
            sb.append("\\N");
        } else {
            copyText(sb, v.toString());
        }
        sb.append('\t');
    }

    /** Escapes a value for COPY's text format. */
    private static void copyText(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
    }

    /** Marks the job FAILED on a connection of its own (the import's may be broken); the committed batches stay. */
    private void failed(UUID jobId, Exception e) {
        Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        String reason = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        LOG.warnf("Presence import %s failed: %s", jobId, reason);
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE presence_import_job SET status = 'FAILED', failure = ?, finished_at = now() WHERE id = ?")) {
            ps.setString(1, reason.length() > 500 ? reason.substring(0, 500) : reason);
            ps.setObject(2, jobId);
            ps.executeUpdate();
        } catch (SQLException ex) {
            LOG.errorf(ex, "Presence import %s: could not mark the job failed", jobId);
        }
    }

    private static void waitQuietly(Future<?> f) {
        if (f != null) {
            try {
                f.get();
            } catch (Exception ignored) {
                // the failure being handled is the one reported
            }
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is gone; nothing uncommitted survives it
        }
    }

    /** One batch as read: COPY text of its valid rows and of its rejected rows' errors. */
    private static final class Batch {
        /** About 250 characters a row: sized once, not grown (and copied) twice a batch. */
        final StringBuilder staging;
        final StringBuilder errors = new StringBuilder();
        long rowsRead;
        long valid;
        long rejected;

        Batch(int rows) {
            staging = new StringBuilder(rows * 280);
        }
    }

    /** Writes batches on the import's connection, one transaction each, keeping the job's running totals. */
    private final class Writer {
        private final Connection c;
        private final UUID jobId;
        long rowsRead;
        long accepted;
        long duplicates;
        long rejected;
        long readNanos, waitNanos, copyNanos, insertNanos, conflictNanos, commitNanos;
        /** Whether batches are COPYed straight into presence_movement: until the first movementId already known. */
        boolean direct = true;
        long directBatches, stagedBatches;

        Writer(Connection c, UUID jobId) {
            this.c = c;
            this.jobId = jobId;
        }

        void write(Batch b) throws SQLException, IOException {
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            long inserted = 0;
            long conflicts = 0;
            long t0 = System.nanoTime();
            long t1 = t0, t2 = t0, t3 = t0;
            try (Statement st = c.createStatement()) {
                // A batch's commit need not wait for its WAL flush: the job's final commit (synchronous) flushes every
                // earlier one, so when the client hears COMPLETED all of it is durable; after a crash mid-import the
                // job reads as it was at the last flushed batch, and re-importing the file counts those as duplicates.
                st.execute("SET LOCAL synchronous_commit = off");
            }
            byte[] rows = b.valid == 0 ? null : b.staging.toString().getBytes(StandardCharsets.UTF_8);
            if (rows != null && direct) {
                Savepoint beforeCopy = c.setSavepoint();
                try {
                    inserted = copy.copyIn(COPY_MOVEMENTS, new ByteArrayInputStream(rows));
                    c.releaseSavepoint(beforeCopy);
                    directBatches++;
                } catch (SQLException e) {
                    if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                        throw e;
                    }
                    // A movementId already recorded: only the careful path tells a duplicate from a conflict. The rest of
                    // the job takes it too (a file with one repeat likely has more; failing each batch's COPY costs).
                    c.rollback(beforeCopy);
                    direct = false;
                }
                t1 = t2 = System.nanoTime();
            }
            if (rows != null && !direct) {
                copy.copyIn("COPY presence_staging FROM STDIN", new ByteArrayInputStream(rows));
                t1 = System.nanoTime();
                try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                    inserted = ps.executeUpdate();
                }
                t2 = System.nanoTime();
                stagedBatches++;
                if (inserted < b.valid) {
                    try (Statement st = c.createStatement()) {
                        st.execute("ANALYZE presence_staging"); // temporary tables get no statistics otherwise: a hash join, not n x n
                    }
                    try (PreparedStatement ps = c.prepareStatement(CONFLICTS)) {
                        ps.setObject(1, jobId);
                        ps.setObject(2, jobId);
                        conflicts = ps.executeUpdate();
                    }
                }
            }
            t3 = System.nanoTime();
            if (!b.errors.isEmpty()) {
                copy.copyIn("COPY presence_import_error (job_id, line, field, message) FROM STDIN",
                        new ByteArrayInputStream(b.errors.toString().getBytes(StandardCharsets.UTF_8)));
            }
            rowsRead += b.rowsRead;
            accepted += inserted;
            duplicates += b.valid - inserted - conflicts;
            rejected += b.rejected + conflicts;
            update("RUNNING", false);
            c.commit();
            long t4 = System.nanoTime();
            copyNanos += t1 - t0;
            insertNanos += t2 - t1;
            conflictNanos += t3 - t2;
            commitNanos += t4 - t3;
            if (inserted > 0) {
                outbox.committedInBulk();
            }
        }

        void finish() throws SQLException {
            update("COMPLETED", true);
            c.commit();
        }

        private void update(String status, boolean finished) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("UPDATE presence_import_job SET rows_read = ?, accepted = ?, duplicates = ?, "
                    + "rejected = ?, status = ?, finished_at = " + (finished ? "now()" : "NULL") + " WHERE id = ?")) {
                ps.setLong(1, rowsRead);
                ps.setLong(2, accepted);
                ps.setLong(3, duplicates);
                ps.setLong(4, rejected);
                ps.setString(5, status);
                ps.setObject(6, jobId);
                ps.executeUpdate();
            }
        }
    }

    private static String prefixed(String alias, String columns) {
        return alias + columns.replace(", ", ", " + alias);
    }
}
