package id.go.wna.cases.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.cases.service.ConsularMilestones;
import id.go.wna.contracts.Topics;
import id.go.wna.contracts.consular.AccessConducted;
import id.go.wna.contracts.consular.DeadlineBreached;
import id.go.wna.contracts.consular.NoticeAcknowledged;
import id.go.wna.contracts.consular.NoticeSent;
import id.go.wna.contracts.consular.ObligationOpened;
import id.go.wna.platform.consumer.EventConsumer;
import id.go.wna.platform.consumer.EventHandlers;
import id.go.wna.platform.consumer.TypedEventHandler;
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
public class ConsularEventsConsumer implements TypedEventHandler {

    static final String CONSUMER = "case-service.consular-events";

    private final EventConsumer events;
    private final EventHandlers handlers;

    public ConsularEventsConsumer(EventConsumer events, ObjectMapper json, ConsularMilestones milestones) {
        this.events = events;
        this.handlers = EventHandlers.forConsumer(CONSUMER, Topics.CONSULAR_EVENTS, json)
                .onEvent(ObligationOpened.class, (event, o) -> milestones.obligationOpened(id(event), o))
                .onEvent(NoticeSent.class, (event, n) -> milestones.record(id(event), n.obligationId(), "CONSULAR_NOTICE_SENT",
                        n.kind() + " notice sent to post " + n.postCode() + " by " + n.channel() + " (" + n.basis() + ")",
                        n.sentAt()))
                .onEvent(NoticeAcknowledged.class, (event, a) -> milestones.record(id(event), a.obligationId(),
                        "CONSULAR_NOTICE_ACKNOWLEDGED", "Post " + a.postCode() + " acknowledged the notice"
                                + (a.channel() == null ? "" : " by " + a.channel()), a.acknowledgedAt()))
                .onEvent(AccessConducted.class, (event, v) -> milestones.record(id(event), v.obligationId(),
                        "CONSULAR_VISIT_CONDUCTED", "Consular visit by post " + v.postCode() + " (" + v.mode() + ")",
                        v.conductedAt()))
                .onEvent(DeadlineBreached.class, (event, b) -> milestones.record(id(event), b.obligationId(),
                        "CONSULAR_DEADLINE_BREACHED", "Consular deadline " + b.clock() + " passed (due " + b.dueAt() + ")",
                        b.breachedAt()))
                .build();
    }

    @Incoming("consular-events")
    @Blocking // one record at a time, so an obligation's events apply in order
    public void on(ConsumerRecord<byte[], byte[]> record) {
        events.consume(this, record);
    }

    @Override
    public EventHandlers handlers() {
        return handlers;
    }

    private static UUID id(IncomingEvent event) {
        return UUID.fromString(event.id());
    }
}
