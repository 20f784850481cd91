package id.go.wna.cases.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.cases.service.ConsularMilestones;
import id.go.wna.contracts.EventTypes;
import id.go.wna.contracts.consular.AccessConducted;
import id.go.wna.contracts.consular.DeadlineBreached;
import id.go.wna.contracts.consular.NoticeAcknowledged;
import id.go.wna.contracts.consular.NoticeSent;
import id.go.wna.contracts.consular.ObligationOpened;
import id.go.wna.platform.consumer.EventConsumer;
import id.go.wna.platform.consumer.EventHandler;
import id.go.wna.platform.events.IncomingEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.UUID;

/**
 * Reads {@code kemlu.consular-events.v1} so a case's timeline shows the consular side: obligation opened, notice sent
 * and acknowledged, visits, deadline breaches. Other types are acknowledged and skipped.
 */
@ApplicationScoped
public class ConsularEventsConsumer implements EventHandler {

    static final String CONSUMER = "case-service.consular-events";

    private final EventConsumer events;
    private final ObjectMapper json;
    private final ConsularMilestones milestones;

    public ConsularEventsConsumer(EventConsumer events, ObjectMapper json, ConsularMilestones milestones) {
        this.events = events;
        this.json = json;
        this.milestones = milestones;
    }

    @Incoming("consular-events")
    @Blocking // one record at a time, so an obligation's events apply in order
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
            case EventTypes.OBLIGATION_OPENED -> milestones.obligationOpened(id, event.dataAs(json, ObligationOpened.class));
            case EventTypes.NOTICE_SENT -> {
                NoticeSent n = event.dataAs(json, NoticeSent.class);
                milestones.record(id, n.obligationId(), "CONSULAR_NOTICE_SENT", n.kind() + " notice sent to post " + n.postCode()
                        + " by " + n.channel() + " (" + n.basis() + ")", n.sentAt());
            }
            case EventTypes.NOTICE_ACKNOWLEDGED -> {
                NoticeAcknowledged a = event.dataAs(json, NoticeAcknowledged.class);
                milestones.record(id, a.obligationId(), "CONSULAR_NOTICE_ACKNOWLEDGED", "Post " + a.postCode()
                        + " acknowledged the notice" + (a.channel() == null ? "" : " by " + a.channel()), a.acknowledgedAt());
            }
            case EventTypes.ACCESS_CONDUCTED -> {
                AccessConducted v = event.dataAs(json, AccessConducted.class);
                milestones.record(id, v.obligationId(), "CONSULAR_VISIT_CONDUCTED", "Consular visit by post " + v.postCode()
                        + " (" + v.mode() + ")", v.conductedAt());
            }
            case EventTypes.DEADLINE_BREACHED -> {
                DeadlineBreached b = event.dataAs(json, DeadlineBreached.class);
                milestones.record(id, b.obligationId(), "CONSULAR_DEADLINE_BREACHED", "Consular deadline " + b.clock()
                        + " passed (due " + b.dueAt() + ")", b.breachedAt());
            }
            default -> {
            }
        }
    }
}
