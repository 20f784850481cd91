package id.go.wna.platform.inbox;

import id.go.wna.platform.events.AfterCommit;
import id.go.wna.platform.events.IncomingEvent;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Idempotent consumption: the event id is inserted first, in the same transaction as the effect. A redelivered
 * event finds its id already there, and the handler skips it. {@link #firstDeliveries} does the same for a whole
 * batch of events with one statement.
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

    /**
     * The batch form of the check, inside the caller's transaction: inserts {@code (consumer, ce_id)} for every event
     * with one multi-row statement ({@code ON CONFLICT DO NOTHING RETURNING event_id}) and returns the events to apply
     * now, in their order: those whose id was new, each id once (a second copy in the same batch is a duplicate).
     * After commit it counts {@code wna.events.consumed} per type, {@code applied} or {@code duplicate}; after a
     * rollback nothing is recorded and nothing is counted.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<IncomingEvent> firstDeliveries(String consumer, List<IncomingEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        // Sorted, so two instances sharing a consumer name (during a rebalance) lock the same rows in the same order.
        String[] ids = events.stream().map(IncomingEvent::id).distinct().sorted().toArray(String[]::new);
        Set<String> inserted = em.unwrap(Session.class).doReturningWork(connection -> {
            Array array = connection.createArrayOf("varchar", ids);
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO processed_event (consumer, event_id)
                    SELECT ?, id FROM unnest(?) WITH ORDINALITY AS t(id, n) ORDER BY n
                    ON CONFLICT DO NOTHING
                    RETURNING event_id""")) {
                insert.setString(1, consumer);
                insert.setArray(2, array);
                Set<String> fresh = new HashSet<>();
                try (ResultSet rs = insert.executeQuery()) {
                    while (rs.next()) {
                        fresh.add(rs.getString(1));
                    }
                }
                return fresh;
            } finally {
                array.free();
            }
        });
        List<IncomingEvent> toApply = new ArrayList<>(inserted.size());
        Map<List<String>, Integer> counts = new HashMap<>();
        for (IncomingEvent event : events) {
            String outcome = inserted.remove(event.id()) ? "applied" : "duplicate";
            if ("applied".equals(outcome)) {
                toApply.add(event);
            }
            counts.merge(List.of(event.type(), outcome), 1, Integer::sum);
        }
        transactions.registerInterposedSynchronization(new AfterCommit(() -> counts.forEach((typeAndOutcome, n) ->
                metrics.counter("wna.events.consumed", "consumer", consumer, "type", typeAndOutcome.get(0),
                        "outcome", typeAndOutcome.get(1)).increment(n))));
        return toApply;
    }
}
