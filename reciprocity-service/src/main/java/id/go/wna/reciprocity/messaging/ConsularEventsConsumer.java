package id.go.wna.reciprocity.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.contracts.EventTypes;
import id.go.wna.contracts.consular.AccessConducted;
import id.go.wna.contracts.consular.AccessRequested;
import id.go.wna.contracts.consular.NoticeAcknowledged;
import id.go.wna.contracts.consular.NoticeSent;
import id.go.wna.contracts.consular.ObligationOpened;
import id.go.wna.contracts.consular.RegimeDetermined;
import id.go.wna.contracts.consular.RightsAdvised;
import id.go.wna.platform.consumer.EventConsumer;
import id.go.wna.platform.consumer.EventHandler;
import id.go.wna.platform.events.IncomingEvent;
import id.go.wna.reciprocity.service.ConsularProjection;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes {@code kemlu.consular-events.v1} into consular compliance facts; other types are acknowledged and skipped. */
@ApplicationScoped
public class ConsularEventsConsumer implements EventHandler {

    static final String CONSUMER = "reciprocity-service.consular-events";

    private final EventConsumer events;
    private final ObjectMapper json;
    private final ConsularProjection projection;

    public ConsularEventsConsumer(EventConsumer events, ObjectMapper json, ConsularProjection projection) {
        this.events = events;
        this.json = json;
        this.projection = projection;
    }

    @Incoming("consular-events")
    @Blocking // ordered: one batch at a time per channel, applied in record order, so an obligation's events come in order
    public void on(ConsumerRecords<byte[], byte[]> records) {
        events.consumeBatch(this, records);
    }

    @Override
    public String consumer() {
        return CONSUMER;
    }

    @Override
    public void apply(IncomingEvent event) {
        switch (event.type()) {
            case EventTypes.OBLIGATION_OPENED -> projection.obligationOpened(event.dataAs(json, ObligationOpened.class));
            case EventTypes.REGIME_DETERMINED -> projection.regimeDetermined(event.dataAs(json, RegimeDetermined.class));
            case EventTypes.RIGHTS_ADVISED -> projection.rightsAdvised(event.dataAs(json, RightsAdvised.class));
            case EventTypes.NOTICE_SENT -> projection.noticeSent(event.dataAs(json, NoticeSent.class));
            case EventTypes.NOTICE_ACKNOWLEDGED ->
                    projection.noticeAcknowledged(event.dataAs(json, NoticeAcknowledged.class));
            case EventTypes.ACCESS_REQUESTED -> projection.accessRequested(event.dataAs(json, AccessRequested.class));
            case EventTypes.ACCESS_CONDUCTED -> projection.accessConducted(event.dataAs(json, AccessConducted.class));
            default -> {
                // deadlines, services, welfare: not inbound facts
            }
        }
    }
}
