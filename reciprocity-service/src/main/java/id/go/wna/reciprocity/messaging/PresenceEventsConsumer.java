package id.go.wna.reciprocity.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.contracts.EventTypes;
import id.go.wna.contracts.presence.PersonArrived;
import id.go.wna.contracts.presence.PersonDeparted;
import id.go.wna.platform.consumer.EventConsumer;
import id.go.wna.reciprocity.service.PresenceProjection;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes {@code wna.presence-events.v1} into stays; stay permit events are acknowledged and skipped. */
@ApplicationScoped
public class PresenceEventsConsumer {

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
    public void on(ConsumerRecords<String, String> records) {
        events.consumeBatch(CONSUMER, records, event -> {
            switch (event.type()) {
                case EventTypes.PERSON_ARRIVED -> projection.personArrived(event.dataAs(json, PersonArrived.class));
                case EventTypes.PERSON_DEPARTED -> projection.personDeparted(event.dataAs(json, PersonDeparted.class));
                default -> {
                    // stay permits: not an inbound fact yet
                }
            }
        });
    }
}
