package id.go.wna.platform.consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.contracts.EventCatalogue;
import id.go.wna.contracts.EventSchemas;
import id.go.wna.platform.events.IncomingEvent;
import id.go.wna.platform.inbox.Inbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What every {@code @Incoming} handler calls: checks the record against the event catalogue and its JSON Schema,
 * applies the handler once per event id (see {@link Inbox}), retries a failing handler with backoff, and sends what
 * cannot be processed to the dead letters, so the channel always moves on. {@link #consume} takes one record (one
 * transaction each); {@link #consumeBatch} takes what a batch channel polled (one transaction per batch).
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    private final Inbox inbox;
    private final DeadLetters deadLetters;
    private final ObjectMapper json;
    private final int maxAttempts;
    private final Duration firstBackoff;

    public EventConsumer(Inbox inbox, DeadLetters deadLetters, ObjectMapper json,
                         @ConfigProperty(name = "wna.consumer.max-attempts", defaultValue = "4") int maxAttempts,
                         @ConfigProperty(name = "wna.consumer.first-backoff", defaultValue = "200ms") Duration firstBackoff) {
        this.inbox = inbox;
        this.deadLetters = deadLetters;
        this.json = json;
        this.maxAttempts = maxAttempts;
        this.firstBackoff = firstBackoff;
    }

    /**
     * Consumes one record: checks it, then applies it in its own transaction (retried, then dead-lettered).
     *
     * @param consumer the consumer's name in the inbox and the dead letters, e.g. "dashboard-service.case-events"
     * @param handler  applies the event; runs inside the transaction that records the event id
     */
    public void consume(String consumer, ConsumerRecord<String, String> record, Consumer<IncomingEvent> handler) {
        IncomingEvent event = checkedOrDeadLettered(consumer, record);
        if (event != null) {
            applyWithRetries(consumer, record, event, handler);
        }
    }

    /** {@link #consumeBatch(String, List, Consumer)} for what a batch channel receives ({@code batch=true}). */
    public void consumeBatch(String consumer, ConsumerRecords<String, String> records, Consumer<IncomingEvent> handler) {
        List<ConsumerRecord<String, String>> list = new ArrayList<>(records.count());
        records.forEach(list::add);
        consumeBatch(consumer, list, handler);
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
    public void consumeBatch(String consumer, List<ConsumerRecord<String, String>> records, Consumer<IncomingEvent> handler) {
        consumeBatchAtOnce(consumer, records, events -> events.forEach(handler));
    }

    /** {@link #consumeBatchAtOnce(String, List, Consumer)} for what a batch channel receives ({@code batch=true}). */
    public void consumeBatchAtOnce(String consumer, ConsumerRecords<String, String> records, Consumer<List<IncomingEvent>> handler) {
        List<ConsumerRecord<String, String>> list = new ArrayList<>(records.count());
        records.forEach(list::add);
        consumeBatchAtOnce(consumer, list, handler);
    }

    /**
     * {@link #consumeBatch(String, List, Consumer)} for a handler that applies the batch's new events together (e.g.
     * with one set-based statement per table): it gets them all, in record order, inside the batch's transaction; after
     * a failure, each record alone, as a list of one, in its own transaction.
     */
    public void consumeBatchAtOnce(String consumer, List<ConsumerRecord<String, String>> records, Consumer<List<IncomingEvent>> handler) {
        Consumer<IncomingEvent> one = event -> handler.accept(List.of(event));
        long start = System.nanoTime();
        List<ConsumerRecord<String, String>> goodRecords = new ArrayList<>(records.size());
        List<IncomingEvent> goodEvents = new ArrayList<>(records.size());
        for (ConsumerRecord<String, String> record : records) {
            IncomingEvent event = checkedOrDeadLettered(consumer, record);
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
            int applied = QuarkusTransaction.requiringNew().call(() -> {
                List<IncomingEvent> fresh = inbox.firstDeliveries(consumer, goodEvents);
                if (!fresh.isEmpty()) {
                    handler.accept(fresh);
                }
                return fresh.size();
            });
            if (LOG.isDebugEnabled()) {
                long end = System.nanoTime();
                LOG.debugf("%s: batch of %d records, %d applied in one transaction; checks %d ms, transaction %d ms",
                        consumer, records.size(), applied, (checked - start) / 1_000_000, (end - checked) / 1_000_000);
            }
        } catch (RuntimeException batchFailed) {
            LOG.warnf("%s: a batch of %d events (%s/%d@%d ...) failed, applying them one by one: %s", consumer,
                    goodEvents.size(), goodRecords.get(0).topic(), goodRecords.get(0).partition(),
                    goodRecords.get(0).offset(), describe(batchFailed));
            for (int i = 0; i < goodEvents.size(); i++) {
                applyWithRetries(consumer, goodRecords.get(i), goodEvents.get(i), one);
            }
        }
    }

    /** The checked event, or null once the record is stored as a dead letter. */
    private IncomingEvent checkedOrDeadLettered(String consumer, ConsumerRecord<String, String> record) {
        try {
            return checked(record);
        } catch (PermanentFailure f) {
            deadLetters.record(consumer, record, null, null, f.reason(), f.getMessage(), 1);
            return null;
        } catch (RuntimeException unreadable) {
            // Whatever else a record can do to the checks, it must not stop the channel.
            deadLetters.record(consumer, record, null, null, FailureReason.NOT_A_CLOUDEVENT, describe(unreadable), 1);
            return null;
        }
    }

    private void applyWithRetries(String consumer, ConsumerRecord<String, String> record, IncomingEvent event,
                                  Consumer<IncomingEvent> handler) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            try {
                inbox.applyOnce(consumer, event, () -> handler.accept(event));
                return;
            } catch (PermanentFailure f) {
                deadLetters.record(consumer, record, event.id(), event.type(), f.reason(), f.getMessage(), attempt);
                return;
            } catch (RuntimeException e) {
                last = e;
                if (attempt < maxAttempts) {
                    long wait = firstBackoff.toMillis() << (2 * (attempt - 1)); // 200 ms, 800 ms, 3.2 s, ...
                    LOG.warnf("%s: event %s (%s) failed on attempt %d/%d, retrying in %d ms: %s", consumer, event.id(),
                            event.type(), attempt, maxAttempts, wait, describe(e));
                    DeadLetters.sleep(wait);
                }
            }
        }
        deadLetters.record(consumer, record, event.id(), event.type(), FailureReason.HANDLER_ERROR, describe(last), maxAttempts);
    }

    private IncomingEvent checked(ConsumerRecord<String, String> record) {
        IncomingEvent event;
        try {
            event = IncomingEvent.of(record);
        } catch (IllegalArgumentException e) {
            throw new PermanentFailure(FailureReason.NOT_A_CLOUDEVENT, e.getMessage());
        }
        if (EventCatalogue.byType(event.type()).isEmpty()) {
            throw new PermanentFailure(FailureReason.UNKNOWN_TYPE, "ce_type " + event.type() + " is not in the event catalogue");
        }
        try {
            if (event.data() == null) {
                throw new IOException("the record has no value");
            }
            json.readTree(event.data());
        } catch (IOException e) {
            throw new PermanentFailure(FailureReason.BAD_JSON, "value is not JSON: " + e.getMessage());
        }
        List<String> violations = EventSchemas.validate(event.type(), event.data());
        if (!violations.isEmpty()) {
            throw new PermanentFailure(FailureReason.SCHEMA_VIOLATION, String.join("; ", violations));
        }
        return event;
    }

    private static String describe(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null && b.length() < 1500; t = t.getCause() == t ? null : t.getCause()) {
            b.append(b.isEmpty() ? "" : " <- ").append(t.getClass().getName()).append(": ").append(t.getMessage());
        }
        return b.toString();
    }
}
