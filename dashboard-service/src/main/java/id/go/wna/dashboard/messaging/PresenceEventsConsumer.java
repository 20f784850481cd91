package id.go.wna.dashboard.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.contracts.EventTypes;
import id.go.wna.contracts.presence.PersonArrived;
import id.go.wna.contracts.presence.PersonDeparted;
import id.go.wna.contracts.presence.StayPermitEnded;
import id.go.wna.contracts.presence.StayPermitIssued;
import id.go.wna.dashboard.service.PresenceProjection;
import id.go.wna.dashboard.service.ProjectionState;
import id.go.wna.platform.consumer.EventConsumer;
import id.go.wna.platform.consumer.EventHandler;
import id.go.wna.platform.events.IncomingEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Consumes {@code wna.presence-events.v1} into the population stock. */
@ApplicationScoped
public class PresenceEventsConsumer implements EventHandler {

    static final String CONSUMER = "dashboard-service.presence-events";

    private final EventConsumer events;
    private final ObjectMapper json;
    private final PresenceProjection projection;
    private final ProjectionState state;

    public PresenceEventsConsumer(EventConsumer events, ObjectMapper json, PresenceProjection projection, ProjectionState state) {
        this.events = events;
        this.json = json;
        this.projection = projection;
        this.state = state;
    }

    @Incoming("presence-events")
    @Blocking // ordered: one batch at a time per channel, applied in record order, so a person's arrival comes before their departure
    public void on(ConsumerRecords<byte[], byte[]> records) {
        events.consumeBatch(this, records);
    }

    @Override
    public String consumer() {
        return CONSUMER;
    }

    @Override
    public void apply(IncomingEvent event) {
        applyAll(List.of(event));
    }

    @Override
    public void applyAll(List<IncomingEvent> batch) {
        List<Object> presence = new ArrayList<>(batch.size());
        Instant latest = null;
        for (IncomingEvent event : batch) {
            switch (event.type()) {
                case EventTypes.PERSON_ARRIVED -> presence.add(event.dataAs(json, PersonArrived.class));
                case EventTypes.PERSON_DEPARTED -> presence.add(event.dataAs(json, PersonDeparted.class));
                case EventTypes.STAY_PERMIT_ISSUED -> presence.add(event.dataAs(json, StayPermitIssued.class));
                case EventTypes.STAY_PERMIT_ENDED -> presence.add(event.dataAs(json, StayPermitEnded.class));
                default -> {
                    // a type added to the topic later: acknowledged, no figure depends on it yet
                }
            }
            if (event.time() != null && (latest == null || event.time().isAfter(latest))) {
                latest = event.time();
            }
        }
        projection.apply(presence); // the whole batch with one statement per table
        state.applied(CONSUMER, batch.size(), latest);
    }
}
