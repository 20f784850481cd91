package id.go.wna.dashboard.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.contracts.Topics;
import id.go.wna.contracts.reciprocity.AssessmentComputed;
import id.go.wna.contracts.reciprocity.ThresholdCrossed;
import id.go.wna.dashboard.service.ProjectionState;
import id.go.wna.dashboard.service.ReciprocityProjection;
import id.go.wna.platform.consumer.EventConsumer;
import id.go.wna.platform.consumer.EventHandlers;
import id.go.wna.platform.consumer.TypedEventHandler;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes {@code kemlu.reciprocity-events.v1} into the reciprocity highlights. */
@ApplicationScoped
public class ReciprocityEventsConsumer implements TypedEventHandler {

    static final String CONSUMER = "dashboard-service.reciprocity-events";

    private final EventConsumer events;
    private final EventHandlers handlers;

    public ReciprocityEventsConsumer(EventConsumer events, ObjectMapper json, ReciprocityProjection projection,
                                     ProjectionState state) {
        this.events = events;
        this.handlers = EventHandlers.forConsumer(CONSUMER, Topics.RECIPROCITY_EVENTS, json)
                .on(AssessmentComputed.class, projection::assessmentComputed)
                .on(ThresholdCrossed.class, projection::thresholdCrossed)
                .afterEach(event -> state.applied(CONSUMER, event.time()))
                .build();
    }

    @Incoming("reciprocity-events")
    @Blocking // ordered: one batch at a time per channel, applied in record order
    public void on(ConsumerRecords<byte[], byte[]> records) {
        events.consumeBatch(this, records);
    }

    @Override
    public EventHandlers handlers() {
        return handlers;
    }
}
