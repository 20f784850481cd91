package id.go.wna.dashboard.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.contracts.Topics;
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
import id.go.wna.platform.consumer.EventHandlers;
import id.go.wna.platform.consumer.TypedEventHandler;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes {@code kemlu.consular-events.v1} into compliance, consular services and welfare figures; acknowledgements,
 * warnings and access are not on the dashboard (acknowledged and skipped).
 */
@ApplicationScoped
public class ConsularEventsConsumer implements TypedEventHandler {

    static final String CONSUMER = "dashboard-service.consular-events";

    private final EventConsumer events;
    private final EventHandlers handlers;

    public ConsularEventsConsumer(EventConsumer events, ObjectMapper json, ConsularProjection projection, ProjectionState state) {
        this.events = events;
        this.handlers = EventHandlers.forConsumer(CONSUMER, Topics.CONSULAR_EVENTS, json)
                .on(ObligationOpened.class, projection::obligationOpened)
                .on(RegimeDetermined.class, projection::regimeDetermined)
                .on(RightsAdvised.class, projection::rightsAdvised)
                .on(NoticeSent.class, projection::noticeSent)
                .on(DeadlineBreached.class, projection::deadlineBreached)
                .on(ConsularServiceRecorded.class, projection::consularServiceRecorded)
                .on(WelfareStatusChanged.class, projection::welfareStatusChanged)
                .afterEach(event -> state.applied(CONSUMER, event.time()))
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
