package id.go.wna.dashboard.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.contracts.Topics;
import id.go.wna.contracts.presence.PersonArrived;
import id.go.wna.contracts.presence.PersonDeparted;
import id.go.wna.contracts.presence.StayPermitEnded;
import id.go.wna.contracts.presence.StayPermitIssued;
import id.go.wna.dashboard.service.PresenceProjection;
import id.go.wna.dashboard.service.ProjectionState;
import id.go.wna.platform.consumer.EventConsumer;
import id.go.wna.platform.consumer.EventHandlers;
import id.go.wna.platform.consumer.TypedEventHandler;
import id.go.wna.platform.events.IncomingEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Instant;
import java.util.List;

/**
 * Consumes {@code wna.presence-events.v1} into the population stock, a batch at a time; a type added to the topic later
 * is acknowledged, no figure depends on it yet.
 */
@ApplicationScoped
public class PresenceEventsConsumer implements TypedEventHandler {

    static final String CONSUMER = "dashboard-service.presence-events";

    private final EventConsumer events;
    private final EventHandlers handlers;

    public PresenceEventsConsumer(EventConsumer events, ObjectMapper json, PresenceProjection projection, ProjectionState state) {
        this.events = events;
        this.handlers = EventHandlers.forConsumer(CONSUMER, Topics.PRESENCE_EVENTS, json)
                .collect(PersonArrived.class, PersonDeparted.class, StayPermitIssued.class, StayPermitEnded.class)
                .applyingAll((presence, batch) -> {
                    projection.apply(presence); // the whole batch with one statement per table
                    state.applied(CONSUMER, batch.size(), latest(batch));
                });
    }

    @Incoming("presence-events")
    @Blocking // ordered: one batch at a time per channel, applied in record order, so a person's arrival comes before their departure
    public void on(ConsumerRecords<byte[], byte[]> records) {
        events.consumeBatch(this, records);
    }

    @Override
    public EventHandlers handlers() {
        return handlers;
    }

    private static Instant latest(List<IncomingEvent> batch) {
        Instant latest = null;
        for (IncomingEvent event : batch) {
            if (event.time() != null && (latest == null || event.time().isAfter(latest))) {
                latest = event.time();
            }
        }
        return latest;
    }
}
