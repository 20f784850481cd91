package id.go.wna.platform.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/**
 * A table whose rows are their own outbox records: each row is exactly one event, so the business row commits with
 * its event because it <em>is</em> the event's record, and {@link OutboxRelay} publishes it as it publishes
 * {@code outbox_event} rows (oldest first per key, claimed under the key's advisory lock, {@code published_at} set
 * after the broker's acknowledgement). The event's JSON is built when it is sent, from the row.
 *
 * <p>For bulk writes, where a second, jsonb row per change with its own indexes would be the ceiling: the presence
 * import wrote 5,800–10,900 rows/s with an {@code outbox_event} row per movement against a 50,000 budget
 * (docs/benchmarks). An ordinary change records its events with {@link Outbox#record}.
 *
 * <p>The table needs {@code id uuid} (the event id, CloudEvents {@code ce_id}), {@code seq} (recording order, e.g. an
 * identity column), {@code published_at timestamptz} (null until sent) and an index on {@code (seq) WHERE published_at
 * IS NULL}. An application bean implementing this interface is picked up by the relay and by {@link OutboxBacklog}.
 */
public interface OutboxTable {

    /** The table, e.g. {@code presence_movement}. */
    String table();

    /** SQL expression of the record key (the aggregate id) over the table's columns, as text, e.g. {@code person_ref::text}. */
    String key();

    /** The column holding when the row was recorded: the age of the oldest pending event is measured from it. */
    String recordedAt();

    /** The columns {@link #event} reads, as a select list. */
    String columns();

    /** The event of one row of {@link #columns}. */
    Event event(ResultSet row) throws SQLException;

    /** One event to publish: its id (ce_id), topic, record key, CloudEvents type, JSON payload and recording time. */
    record Event(UUID id, String topic, String key, String type, String payload, Instant recordedAt) {
    }

    /** The platform's own outbox table, written by {@link Outbox#record}: any topic, any payload. */
    OutboxTable OUTBOX_EVENT = new OutboxTable() {
        @Override
        public String table() {
            return "outbox_event";
        }

        @Override
        public String key() {
            return "aggregate_id";
        }

        @Override
        public String recordedAt() {
            return "occurred_at";
        }

        @Override
        public String columns() {
            return "id, topic, aggregate_id, type, payload::text, occurred_at";
        }

        @Override
        public Event event(ResultSet row) throws SQLException {
            return new Event((UUID) row.getObject(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                    row.getTimestamp(6).toInstant());
        }
    };
}
