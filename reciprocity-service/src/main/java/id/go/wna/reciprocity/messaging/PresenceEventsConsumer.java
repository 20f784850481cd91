package id.go.wna.reciprocity.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.contracts.EventTypes;
import id.go.wna.contracts.presence.PersonArrived;
import id.go.wna.contracts.presence.PersonDeparted;
import id.go.wna.platform.consumer.EventConsumer;
import id.go.wna.platform.consumer.EventHandler;
import id.go.wna.platform.events.IncomingEvent;
import id.go.wna.reciprocity.service.PresenceProjection;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.ArrayList;
import java.util.List;

/** Consumes {@code wna.presence-events.v1} into stays; stay permit events are acknowledged and skipped. */
@ApplicationScoped
public class PresenceEventsConsumer implements EventHandler {

    static final String CONSUMER = "reciprocity-service.presence-events";

    private final EventConsumer events;
    private final ObjectMapper json;
    private final PresenceProjection projection;

    public PresenceEventsConsumer(EventConsumer events, ObjectMapper json, PresenceProjection projection) {
        this.events = events;
        this.json = json;
        this.projection = projection;
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
        for (IncomingEvent event : batch) {
            switch (event.type()) {
                case EventTypes.PERSON_ARRIVED -> presence.add(event.dataAs(json, PersonArrived.class));
                case EventTypes.PERSON_DEPARTED -> presence.add(event.dataAs(json, PersonDeparted.class));
                default -> {
                    // stay permits: not an inbound fact yet
                }
            }
        }
        projection.apply(presence); // the whole poll: its stays in as few round trips as order allows
    }
}
