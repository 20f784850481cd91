package id.go.wna.reciprocity.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.contracts.Topics;
import id.go.wna.contracts.presence.PersonArrived;
import id.go.wna.contracts.presence.PersonDeparted;
import id.go.wna.platform.consumer.EventConsumer;
import id.go.wna.platform.consumer.EventHandlers;
import id.go.wna.platform.consumer.TypedEventHandler;
import id.go.wna.reciprocity.service.PresenceProjection;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes {@code wna.presence-events.v1} into stays, a batch at a time; stay permit events are not an inbound fact
 * yet (acknowledged and skipped).
 */
@ApplicationScoped
public class PresenceEventsConsumer implements TypedEventHandler {

    static final String CONSUMER = "reciprocity-service.presence-events";

    private final EventConsumer events;
    private final EventHandlers handlers;

    public PresenceEventsConsumer(EventConsumer events, ObjectMapper json, PresenceProjection projection) {
        this.events = events;
        this.handlers = EventHandlers.forConsumer(CONSUMER, Topics.PRESENCE_EVENTS, json)
                .collect(PersonArrived.class, PersonDeparted.class)
                // the whole poll: its stays in as few round trips as order allows
                .applyingAll((stays, batch) -> projection.apply(stays));
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
}
