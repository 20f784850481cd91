package id.go.wna.platform.consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.contracts.EventCatalogue;
import id.go.wna.contracts.EventSchemas;
import id.go.wna.platform.events.IncomingEvent;
import id.go.wna.platform.inbox.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * What every {@code @Incoming} handler calls: checks the record against the event catalogue and its JSON Schema,
 * applies the handler once per event id (see {@link Inbox}), retries a failing handler with backoff, and sends what
 * cannot be processed to the dead letters, so the channel always moves on.
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
     * @param consumer the consumer's name in the inbox and the dead letters, e.g. "dashboard-service.case-events"
     * @param handler  applies the event; runs inside the transaction that records the event id
     */
    public void consume(String consumer, ConsumerRecord<String, String> record, Consumer<IncomingEvent> handler) {
        IncomingEvent event;
        try {
            event = checked(record);
        } catch (PermanentFailure f) {
            deadLetters.record(consumer, record, null, null, f.reason(), f.getMessage(), 1);
            return;
        } catch (RuntimeException unreadable) {
            // Whatever else a record can do to the checks, it must not stop the channel.
            deadLetters.record(consumer, record, null, null, FailureReason.NOT_A_CLOUDEVENT, describe(unreadable), 1);
            return;
        }
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
