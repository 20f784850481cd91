package id.go.wna.platform.inbox;

import id.go.wna.platform.events.AfterCommit;
import id.go.wna.platform.events.IncomingEvent;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

/**
 * Idempotent consumption: the event id is inserted first, in the same transaction as the effect. A redelivered
 * event finds its id already there, and the handler skips it.
 */
@ApplicationScoped
public class Inbox {

    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;
    private final MeterRegistry metrics;

    public Inbox(EntityManager em, TransactionSynchronizationRegistry transactions, MeterRegistry metrics) {
        this.em = em;
        this.transactions = transactions;
        this.metrics = metrics;
    }

    /**
     * Applies {@code effect} in one transaction with the record of {@code event}, unless {@code consumer} has already
     * applied that event: a redelivery changes nothing.
     *
     * @return true if the effect was applied now
     */
    @Transactional
    public boolean applyOnce(String consumer, IncomingEvent event, Runnable effect) {
        if (!firstDelivery(consumer, event.id(), event.type())) {
            return false;
        }
        effect.run();
        return true;
    }

    /** True the first time {@code consumer} sees {@code eventId} (apply the effect), false for a duplicate. */
    private boolean firstDelivery(String consumer, String eventId, String eventType) {
        int inserted = em.createNativeQuery("""
                        INSERT INTO processed_event (consumer, event_id) VALUES (?1, ?2)
                        ON CONFLICT DO NOTHING""")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .executeUpdate();
        String outcome = inserted == 1 ? "applied" : "duplicate";
        transactions.registerInterposedSynchronization(new AfterCommit(() -> metrics.counter("wna.events.consumed",
                "consumer", consumer, "type", eventType, "outcome", outcome).increment()));
        return inserted == 1;
    }
}
