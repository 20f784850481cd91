package id.go.wna.notification.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.contracts.EventTypes;
import id.go.wna.contracts.custody.CustodyFollowUpIssued;
import id.go.wna.contracts.custody.CustodyNoticeIssued;
import id.go.wna.contracts.custody.DeathNoticeIssued;
import id.go.wna.contracts.custody.GuardianshipNoticeIssued;
import id.go.wna.notification.service.ObligationIntake;
import id.go.wna.platform.consumer.EventConsumer;
import id.go.wna.platform.consumer.EventHandler;
import id.go.wna.platform.events.IncomingEvent;
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
public class CustodyNoticesConsumer implements EventHandler {

    static final String CONSUMER = "notification-service.custody-notices";

    private final EventConsumer events;
    private final ObjectMapper json;
    private final ObligationIntake intake;

    public CustodyNoticesConsumer(EventConsumer events, ObjectMapper json, ObligationIntake intake) {
        this.events = events;
        this.json = json;
        this.intake = intake;
    }

    @Incoming("custody-notices")
    @Blocking // one record at a time per channel, so a case's notices apply in order
    public void on(ConsumerRecord<byte[], byte[]> record) {
        events.consume(this, record);
    }

    @Override
    public String consumer() {
        return CONSUMER;
    }

    @Override
    public void apply(IncomingEvent event) {
        UUID id = UUID.fromString(event.id());
        switch (event.type()) {
            case EventTypes.CUSTODY_NOTICE_ISSUED -> intake.custodyNotice(id, event.dataAs(json, CustodyNoticeIssued.class));
            case EventTypes.DEATH_NOTICE_ISSUED -> intake.deathNotice(id, event.dataAs(json, DeathNoticeIssued.class));
            case EventTypes.GUARDIANSHIP_NOTICE_ISSUED ->
                    intake.guardianshipNotice(id, event.dataAs(json, GuardianshipNoticeIssued.class));
            case EventTypes.CUSTODY_FOLLOW_UP_ISSUED -> intake.followUp(id, event.dataAs(json, CustodyFollowUpIssued.class));
            default -> {
            }
        }
    }
}
