package id.go.wna.platform.consumer;

import id.go.wna.platform.config.ConsumerSettings;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.contracts.EventCatalogue;
import id.go.wna.contracts.EventSchemas;
import id.go.wna.platform.api.StorableText;
import id.go.wna.platform.events.IncomingEvent;
import id.go.wna.platform.inbox.Inbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What every {@code @Incoming} method calls, with its {@link EventHandler} and the record as the broker gave it (bytes:
 * a record's key, value and headers may hold anything). It checks the record (CloudEvents headers, UTF-8, JSON, storable text, the event
 * catalogue and the type's JSON Schema), applies the handler once per event id (see {@link Inbox}), retries a failing
 * handler with backoff, and keeps what cannot be processed as a dead letter, so the channel always moves on: no record
 * holds a consumer for longer than its retries. A failure while the database is unreachable is not the record's: the
 * consumer waits for the database and tries the same record again, without counting an attempt, so an outage delays
 * events and loses none, in order per partition. {@link #consume} takes one record (one transaction each);
 * {@link #consumeBatch} takes what a batch channel polled (one transaction per batch).
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    private final Inbox inbox;
    private final DeadLetters deadLetters;
    private final ConsumerProgress progress;
    private final ConsumerSkips skips;
    private final Database database;
    private final ObjectMapper json;
    private final int maxAttempts;
    private final Duration firstBackoff;

    public EventConsumer(Inbox inbox, DeadLetters deadLetters, ConsumerProgress progress, ConsumerSkips skips,
                         Database database, ObjectMapper json, ConsumerSettings settings) {
        this.inbox = inbox;
        this.deadLetters = deadLetters;
        this.progress = progress;
        this.skips = skips;
        this.database = database;
        this.json = json;
        this.maxAttempts = settings.maxAttempts();
        this.firstBackoff = settings.firstBackoff();
    }

    /** Consumes one record with {@code handler} (see {@link #consume(String, ConsumerRecord, Consumer)}). */
    public void consume(EventHandler handler, ConsumerRecord<byte[], byte[]> record) {
        consume(handler.consumer(), record, handler::apply);
    }

    /**
     * Consumes what a batch channel polled with {@code handler}: its new events together through
     * {@link EventHandler#applyAll} (see {@link #consumeBatchAtOnce(String, List, Consumer)}).
     */
    public void consumeBatch(EventHandler handler, ConsumerRecords<byte[], byte[]> records) {
        consumeBatchAtOnce(handler.consumer(), listOf(records), handler::applyAll);
    }

    /**
     * Applies a dead letter's record again, now, through its consumer's handler: the same checks as on the channel,
     * then the handler once per event id, in one transaction, without retries or a dead letter (the caller keeps the
     * dead letter and says what failed).
     *
     * @return true if applied now, false if the consumer had already applied this event id
     * @throws PermanentFailure if the record still fails a check
     */
    public boolean applyAgain(EventHandler handler, ConsumerRecord<byte[], byte[]> record) {
        IncomingEvent event = checked(record);
        return inbox.applyOnce(handler.consumer(), event, () -> handler.apply(event));
    }

    /**
     * Consumes one record: checks it, then applies it in its own transaction (retried, then dead-lettered).
     *
     * @param consumer the consumer's name in the inbox and the dead letters, e.g. "dashboard-service.case-events"
     * @param handler  applies the event; runs inside the transaction that records the event id
     */
    public void consume(String consumer, ConsumerRecord<byte[], byte[]> record, Consumer<IncomingEvent> handler) {
        IncomingEvent event = checkedOrDeadLettered(consumer, record, handler);
        if (event != null) {
            applyWithRetries(consumer, record, event, handler);
        }
    }

    /**
     * Consumes a batch of records with the guarantees of {@link #consume}, in one transaction instead of one per
     * record. Every record is checked first (one that fails a check is dead-lettered at once, as in {@code consume});
     * the others are then applied in ONE transaction: one statement records their event ids in the inbox
     * ({@link Inbox#firstDeliveries}) and the handler runs for the new ones, in record order (a partition's records
     * keep their offset order, so per-key order holds), then it commits. If that transaction fails for any reason (a
     * handler throws, including {@link PermanentFailure}, or the commit fails), nothing of it is kept and the checked
     * records are applied one by one as {@code consume} does (one transaction each, retries, dead letters), so one
     * poison record costs the batch its speed, never its other records. Returns normally once every record is
     * applied, skipped as a duplicate or stored as a dead letter: then acknowledge the batch.
     *
     * @param records in the order they were received (for a poll, partition by partition in offset order)
     * @param handler applies one event; runs inside the batch's transaction (or, after a failure, the record's own)
     */
    public void consumeBatch(String consumer, List<ConsumerRecord<byte[], byte[]>> records, Consumer<IncomingEvent> handler) {
        consumeBatchAtOnce(consumer, records, events -> events.forEach(handler));
    }

    /**
     * {@link #consumeBatch(String, List, Consumer)} for a handler that applies the batch's new events together (e.g.
     * with one set-based statement per table): it gets them all, in record order, inside the batch's transaction; after
     * a failure, each record alone, as a list of one, in its own transaction.
     */
    public void consumeBatchAtOnce(String consumer, List<ConsumerRecord<byte[], byte[]>> records, Consumer<List<IncomingEvent>> handler) {
        Consumer<IncomingEvent> one = event -> handler.accept(List.of(event));
        long start = System.nanoTime();
        List<ConsumerRecord<byte[], byte[]>> goodRecords = new ArrayList<>(records.size());
        List<IncomingEvent> goodEvents = new ArrayList<>(records.size());
        for (ConsumerRecord<byte[], byte[]> record : records) {
            IncomingEvent event = checkedOrDeadLettered(consumer, record, one);
            if (event != null) {
                goodRecords.add(record);
                goodEvents.add(event);
            }
        }
        if (goodEvents.isEmpty()) {
            return;
        }
        if (goodEvents.size() == 1) {
            applyWithRetries(consumer, goodRecords.get(0), goodEvents.get(0), one);
            return;
        }
        long checked = System.nanoTime();
        try {
            progress.started(consumer, goodRecords.get(0));
            int applied = QuarkusTransaction.requiringNew().call(() -> {
                List<IncomingEvent> fresh = inbox.firstDeliveries(consumer, goodEvents);
                if (!fresh.isEmpty()) {
                    handler.accept(fresh);
                }
                return fresh.size();
            });
            goodRecords.forEach(r -> progress.finished(consumer, r));
            if (LOG.isDebugEnabled()) {
                long end = System.nanoTime();
                LOG.debugf("%s: batch of %d records, %d applied in one transaction; checks %d ms, transaction %d ms",
                        consumer, records.size(), applied, (checked - start) / 1_000_000, (end - checked) / 1_000_000);
            }
        } catch (Exception | StackOverflowError batchFailed) {
            LOG.warnf("%s: a batch of %d events (%s/%d@%d ...) failed, applying them one by one: %s", consumer,
                    goodEvents.size(), goodRecords.get(0).topic(), goodRecords.get(0).partition(),
                    goodRecords.get(0).offset(), describe(batchFailed));
            for (int i = 0; i < goodEvents.size(); i++) {
                applyWithRetries(consumer, goodRecords.get(i), goodEvents.get(i), one);
            }
        }
    }

    /** The checked event, or null once the record is stored as a dead letter (or its re-driven correction applied). */
    private IncomingEvent checkedOrDeadLettered(String consumer, ConsumerRecord<byte[], byte[]> record,
                                                Consumer<IncomingEvent> handler) {
        try {
            return checked(record);
        } catch (PermanentFailure f) {
            correctedOrDeadLettered(consumer, record, null, handler, f.reason(), f.getMessage(), 1);
            return null;
        } catch (Exception | StackOverflowError unreadable) {
            // Whatever else a record can do to the checks, it must not stop the channel.
            correctedOrDeadLettered(consumer, record, null, handler, FailureReason.NOT_A_CLOUDEVENT, describe(unreadable), 1);
            return null;
        }
    }

    /**
     * Dead-letters a record that failed, unless an operator already re-drove it with a corrected value: a replay meets
     * the original record again, and applies the correction as the re-drive did (looked up on this failure path
     * only, so a record that applies costs nothing more).
     */
    private void correctedOrDeadLettered(String consumer, ConsumerRecord<byte[], byte[]> record, IncomingEvent event,
                                         Consumer<IncomingEvent> handler, FailureReason reason, String error, int attempts) {
        Optional<byte[]> correction = deadLetters.correctionFor(consumer, record);
        if (correction.isPresent()) {
            try {
                IncomingEvent corrected = checked(RecordBytes.withValue(record, correction.get()));
                inbox.applyOnce(consumer, corrected, () -> handler.accept(corrected));
                progress.finished(consumer, record);
                LOG.infof("%s: %s/%d@%d applied with the value its dead letter was re-driven with", consumer,
                        record.topic(), record.partition(), record.offset());
                return;
            } catch (RuntimeException | StackOverflowError e) {
                error = "the value this record was re-driven with fails now too: " + describe(e) + "; first: " + error;
            }
        }
        deadLetter(consumer, record, event, reason, error, attempts);
    }

    private void applyWithRetries(String consumer, ConsumerRecord<byte[], byte[]> record, IncomingEvent event,
                                  Consumer<IncomingEvent> handler) {
        progress.started(consumer, record);
        int attempt = 0;
        while (true) {
            try {
                inbox.applyOnce(consumer, event, () -> handler.accept(event));
                progress.finished(consumer, record);
                return;
            } catch (PermanentFailure f) {
                correctedOrDeadLettered(consumer, record, event, handler, f.reason(), f.getMessage(), attempt + 1);
                return;
            } catch (Exception | StackOverflowError e) {
                String error = describe(e);
                if (!database.reachable()) {
                    // Not the record's fault: wait for the database, then the same record again, no attempt counted.
                    progress.failed(consumer, record, attempt, error, "database");
                    database.awaitReachable(consumer + " at " + record.topic() + "/" + record.partition() + "@" + record.offset(),
                            () -> false);
                    continue;
                }
                attempt++;
                progress.failed(consumer, record, attempt, error, null);
                if (attempt >= maxAttempts) {
                    correctedOrDeadLettered(consumer, record, event, handler, FailureReason.HANDLER_ERROR, error, attempt);
                    return;
                }
                long wait = firstBackoff.toMillis() << (2 * (attempt - 1)); // 200 ms, 800 ms, 3.2 s, ...
                LOG.warnf("%s: event %s (%s) failed on attempt %d/%d, retrying in %d ms: %s", consumer, event.id(),
                        event.type(), attempt, maxAttempts, wait, RecordBytes.safeText(error, 500));
                Database.pause(wait);
                Optional<ConsumerSkips.Skip> skip = skips.pendingFor(consumer, record);
                if (skip.isPresent()) {
                    ConsumerSkips.Skip s = skip.get();
                    var deadLetter = deadLetter(consumer, record, event, FailureReason.SKIPPED_BY_OPERATOR,
                            "skipped by " + s.requestedBy() + " (" + s.reason() + ") after " + attempt + " attempts; last error: " + error, attempt);
                    skips.done(s.id(), deadLetter);
                    return;
                }
            }
        }
    }

    private java.util.UUID deadLetter(String consumer, ConsumerRecord<byte[], byte[]> record, IncomingEvent event,
                                      FailureReason reason, String error, int attempts) {
        java.util.UUID id = deadLetters.record(consumer, record, event == null ? null : event.id(),
                event == null ? null : event.type(), reason, error, attempts);
        progress.finished(consumer, record);
        return id;
    }

    private IncomingEvent checked(ConsumerRecord<byte[], byte[]> record) {
        String data;
        if (record.value() == null) {
            throw new PermanentFailure(FailureReason.BAD_JSON, "the record has no value (a tombstone)");
        }
        data = RecordBytes.strictUtf8(record.value()).orElseThrow(() ->
                new PermanentFailure(FailureReason.BAD_JSON, "the value is not UTF-8 text (" + record.value().length + " bytes)"));
        IncomingEvent event;
        try {
            event = IncomingEvent.of(record, data);
        } catch (IllegalArgumentException e) {
            throw new PermanentFailure(FailureReason.NOT_A_CLOUDEVENT, e.getMessage());
        }
        if (EventCatalogue.byType(event.type()).isEmpty()) {
            throw new PermanentFailure(FailureReason.UNKNOWN_TYPE, "ce_type " + event.type() + " is not in the event catalogue");
        }
        checkJson(data);
        List<String> violations = EventSchemas.validate(event.type(), event.data());
        if (!violations.isEmpty()) {
            throw new PermanentFailure(FailureReason.SCHEMA_VIOLATION, String.join("; ", violations));
        }
        return event;
    }

    /** One JSON document, nothing after it, and no text (names or values) that PostgreSQL cannot store. */
    private void checkJson(String data) {
        try (JsonParser parser = json.getFactory().createParser(data)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw new PermanentFailure(FailureReason.BAD_JSON, "value is not JSON: it is empty");
            }
            int depth = 0;
            do {
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    depth++;
                } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    depth--;
                } else if (token == JsonToken.FIELD_NAME || token == JsonToken.VALUE_STRING) {
                    String why = StorableText.problem(parser.getText());
                    if (why != null) {
                        throw new PermanentFailure(FailureReason.UNSTORABLE_TEXT,
                                (token == JsonToken.FIELD_NAME ? "a field name" : "the text of " + parser.currentName()) + " " + why);
                    }
                }
                token = depth == 0 ? null : parser.nextToken();
            } while (token != null);
            if (parser.nextToken() != null) {
                throw new PermanentFailure(FailureReason.BAD_JSON, "value is not JSON: more follows the document");
            }
        } catch (IOException e) {
            throw new PermanentFailure(FailureReason.BAD_JSON, "value is not JSON: " + e.getMessage());
        }
    }

    private static List<ConsumerRecord<byte[], byte[]>> listOf(ConsumerRecords<byte[], byte[]> records) {
        List<ConsumerRecord<byte[], byte[]>> list = new ArrayList<>(records.count());
        records.forEach(list::add);
        return list;
    }

    static String describe(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null && b.length() < 1500; t = t.getCause() == t ? null : t.getCause()) {
            b.append(b.isEmpty() ? "" : " <- ").append(t.getClass().getName()).append(": ").append(t.getMessage());
        }
        return b.toString();
    }
}
