package id.go.wna.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import id.go.wna.platform.events.AfterCommit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Records an event in the caller's transaction: it is published only if the business change commits, and it is
 * published even if the broker is down at that moment (see {@link OutboxRelay}).
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager em;
    private final ObjectMapper json;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;

    public Outbox(EntityManager em, ObjectMapper json, TransactionSynchronizationRegistry transactions, OutboxRelay relay) {
        this.em = em;
        this.json = json;
        this.transactions = transactions;
        this.relay = relay;
    }

    /**
     * @param topic         the Kafka topic (see {@code id.go.wna.contracts.Topics})
     * @param aggregateType e.g. "Case"
     * @param aggregateId   the record key and CloudEvents subject
     * @param type          the CloudEvents type, e.g. "CaseOpened.v1"
     * @param payload       the event record; serialised as JSON
     * @return the event id (CloudEvents {@code ce_id}, the consumers' deduplication key)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(String topic, String aggregateType, String aggregateId, String type, Object payload) {
        UUID id = UUID.randomUUID();
        String body;
        try {
            body = json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event " + type + " cannot be serialised: " + e.getMessage(), e);
        }
        em.createNativeQuery("""
                        INSERT INTO outbox_event (id, topic, aggregate_type, aggregate_id, type, payload, occurred_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, CAST(?6 AS jsonb), ?7)""")
                .setParameter(1, id)
                .setParameter(2, topic)
                .setParameter(3, aggregateType)
                .setParameter(4, aggregateId)
                .setParameter(5, type)
                .setParameter(6, body)
                .setParameter(7, OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
        transactions.registerInterposedSynchronization(new AfterCommit(relay::wakeUp));
        return id;
    }

    /**
     * For rows a service inserted into {@code outbox_event} itself, with SQL, in a transaction it committed on its own
     * connection (a bulk import writing thousands per statement): call it after that commit so they leave at once
     * instead of at the next sweep. {@link #record} needs no such call.
     */
    public void committedInBulk() {
        relay.wakeUp();
    }
}
