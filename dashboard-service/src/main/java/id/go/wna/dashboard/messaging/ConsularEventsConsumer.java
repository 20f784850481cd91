package id.go.wna.dashboard.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.contracts.EventTypes;
import id.go.wna.contracts.consular.ConsularServiceRecorded;
import id.go.wna.contracts.consular.DeadlineBreached;
import id.go.wna.contracts.consular.NoticeSent;
import id.go.wna.contracts.consular.ObligationOpened;
import id.go.wna.contracts.consular.RegimeDetermined;
import id.go.wna.contracts.consular.RightsAdvised;
import id.go.wna.contracts.consular.WelfareStatusChanged;
import id.go.wna.dashboard.service.ConsularProjection;
import id.go.wna.dashboard.service.ProjectionState;
import id.go.wna.platform.consumer.EventConsumer;
import id.go.wna.platform.consumer.EventHandler;
import id.go.wna.platform.events.IncomingEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes {@code kemlu.consular-events.v1} into compliance, consular services and welfare figures. */
@ApplicationScoped
public class ConsularEventsConsumer implements EventHandler {

    static final String CONSUMER = "dashboard-service.consular-events";

    private final EventConsumer events;
    private final ObjectMapper json;
    private final ConsularProjection projection;
    private final ProjectionState state;

    public ConsularEventsConsumer(EventConsumer events, ObjectMapper json, ConsularProjection projection, ProjectionState state) {
        this.events = events;
        this.json = json;
        this.projection = projection;
        this.state = state;
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
            case EventTypes.DEADLINE_BREACHED -> projection.deadlineBreached(event.dataAs(json, DeadlineBreached.class));
            case EventTypes.CONSULAR_SERVICE_RECORDED ->
                    projection.consularServiceRecorded(event.dataAs(json, ConsularServiceRecorded.class));
            case EventTypes.WELFARE_STATUS_CHANGED ->
                    projection.welfareStatusChanged(event.dataAs(json, WelfareStatusChanged.class));
            default -> {
                // acknowledgements, warnings, access: not on the dashboard
            }
        }
        state.applied(CONSUMER, event.time());
    }
}
