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
import java.util.ArrayList;
import java.util.List;
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
        return recordAll(List.of(new Message(topic, aggregateType, aggregateId, type, payload))).get(0);
    }

    /** One event of {@link #recordAll}. */
    public record Message(String topic, String aggregateType, String aggregateId, String type, Object payload) {
    }

    /**
     * Several events of one change in one statement (one round trip to the database, in this order), e.g. a custody's
     * shared and restricted events.
     *
     * @return the event ids, in the order given
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> recordAll(List<Message> messages) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        StringBuilder sql = new StringBuilder(
                "INSERT INTO outbox_event (id, topic, aggregate_type, aggregate_id, type, payload, occurred_at) VALUES ");
        List<UUID> ids = new ArrayList<>(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            int p = i * 7;
            sql.append(i == 0 ? "" : ", ").append("(?").append(p + 1).append(", ?").append(p + 2).append(", ?").append(p + 3)
                    .append(", ?").append(p + 4).append(", ?").append(p + 5).append(", CAST(?").append(p + 6)
                    .append(" AS jsonb), ?").append(p + 7).append(")");
        }
        var insert = em.createNativeQuery(sql.toString());
        for (int i = 0; i < messages.size(); i++) {
            Message m = messages.get(i);
            UUID id = UUID.randomUUID();
            ids.add(id);
            String body;
            try {
                body = json.writeValueAsString(m.payload());
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("event " + m.type() + " cannot be serialised: " + e.getMessage(), e);
            }
            int p = i * 7;
            insert.setParameter(p + 1, id)
                    .setParameter(p + 2, m.topic())
                    .setParameter(p + 3, m.aggregateType())
                    .setParameter(p + 4, m.aggregateId())
                    .setParameter(p + 5, m.type())
                    .setParameter(p + 6, body)
                    .setParameter(p + 7, now);
        }
        insert.executeUpdate();
        transactions.registerInterposedSynchronization(new AfterCommit(relay::wakeUp));
        return ids;
    }

    /**
     * The caller's transaction wrote rows of an {@link OutboxTable} (rows that are their own events): they leave as
     * soon as it commits, instead of at the next sweep.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordedInTable() {
        transactions.registerInterposedSynchronization(new AfterCommit(relay::wakeUp));
    }

    /**
     * As {@link #recordedInTable}, for a transaction the caller committed on its own connection (a bulk import writing
     * thousands of rows per statement): call it after that commit.
     */
    public void committedInBulk() {
        relay.wakeUp();
    }
}
