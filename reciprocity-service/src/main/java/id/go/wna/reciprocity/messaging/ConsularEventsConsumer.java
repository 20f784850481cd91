package id.go.wna.reciprocity.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.contracts.Topics;
import id.go.wna.contracts.consular.AccessConducted;
import id.go.wna.contracts.consular.AccessRequested;
import id.go.wna.contracts.consular.NoticeAcknowledged;
import id.go.wna.contracts.consular.NoticeSent;
import id.go.wna.contracts.consular.ObligationOpened;
import id.go.wna.contracts.consular.RegimeDetermined;
import id.go.wna.contracts.consular.RightsAdvised;
import id.go.wna.platform.consumer.EventConsumer;
import id.go.wna.platform.consumer.EventHandlers;
import id.go.wna.platform.consumer.TypedEventHandler;
import id.go.wna.reciprocity.service.ConsularProjection;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes {@code kemlu.consular-events.v1} into consular compliance facts; deadlines, services and welfare are not
 * inbound facts (acknowledged and skipped).
 */
@ApplicationScoped
public class ConsularEventsConsumer implements TypedEventHandler {

    static final String CONSUMER = "reciprocity-service.consular-events";

    private final EventConsumer events;
    private final EventHandlers handlers;

    public ConsularEventsConsumer(EventConsumer events, ObjectMapper json, ConsularProjection projection) {
        this.events = events;
        this.handlers = EventHandlers.forConsumer(CONSUMER, Topics.CONSULAR_EVENTS, json)
                .on(ObligationOpened.class, projection::obligationOpened)
                .on(RegimeDetermined.class, projection::regimeDetermined)
                .on(RightsAdvised.class, projection::rightsAdvised)
                .on(NoticeSent.class, projection::noticeSent)
                .on(NoticeAcknowledged.class, projection::noticeAcknowledged)
                .on(AccessRequested.class, projection::accessRequested)
                .on(AccessConducted.class, projection::accessConducted)
                .build();
    }

    @Incoming("consular-events")
    @Blocking // ordered: one batch at a time per channel, applied in record order, so an obligation's events come in order
    public void on(ConsumerRecords<byte[], byte[]> records) {
        events.consumeBatch(this, records);
    }

    @Override
    public EventHandlers handlers() {
        return handlers;
    }
}
