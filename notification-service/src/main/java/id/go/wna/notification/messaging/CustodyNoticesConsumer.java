package id.go.wna.notification.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.contracts.Topics;
import id.go.wna.contracts.custody.CustodyFollowUpIssued;
import id.go.wna.contracts.custody.CustodyNoticeIssued;
import id.go.wna.contracts.custody.DeathNoticeIssued;
import id.go.wna.contracts.custody.GuardianshipNoticeIssued;
import id.go.wna.notification.service.ObligationIntake;
import id.go.wna.platform.consumer.EventConsumer;
import id.go.wna.platform.consumer.EventHandlers;
import id.go.wna.platform.consumer.TypedEventHandler;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.UUID;

/**
 * Reads the restricted {@code wna.custody-notices.v1} (this service is its only reader): custody, death and
 * guardianship notices open obligations; follow-ups attach to the obligations of their custody episode. Key caseId, so
 * a case's notices arrive in order.
 */
@ApplicationScoped
public class CustodyNoticesConsumer implements TypedEventHandler {

    static final String CONSUMER = "notification-service.custody-notices";

    private final EventConsumer events;
    private final EventHandlers handlers;

    public CustodyNoticesConsumer(EventConsumer events, ObjectMapper json, ObligationIntake intake) {
        this.events = events;
        this.handlers = EventHandlers.forConsumer(CONSUMER, Topics.CUSTODY_NOTICES, json)
                .onEvent(CustodyNoticeIssued.class, (event, notice) -> intake.custodyNotice(UUID.fromString(event.id()), notice))
                .onEvent(DeathNoticeIssued.class, (event, notice) -> intake.deathNotice(UUID.fromString(event.id()), notice))
                .onEvent(GuardianshipNoticeIssued.class,
                        (event, notice) -> intake.guardianshipNotice(UUID.fromString(event.id()), notice))
                .onEvent(CustodyFollowUpIssued.class, (event, followUp) -> intake.followUp(UUID.fromString(event.id()), followUp))
                .build();
    }

    @Incoming("custody-notices")
    @Blocking // one record at a time per channel, so a case's notices apply in order
    public void on(ConsumerRecord<byte[], byte[]> record) {
        events.consume(this, record);
    }

    @Override
    public EventHandlers handlers() {
        return handlers;
    }
}
