package id.go.wna.dashboard.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.contracts.EventTypes;
import id.go.wna.contracts.reciprocity.AssessmentComputed;
import id.go.wna.contracts.reciprocity.ThresholdCrossed;
import id.go.wna.dashboard.service.ProjectionState;
import id.go.wna.dashboard.service.ReciprocityProjection;
import id.go.wna.platform.consumer.EventConsumer;
import id.go.wna.platform.consumer.EventHandler;
import id.go.wna.platform.events.IncomingEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes {@code kemlu.reciprocity-events.v1} into the reciprocity highlights. */
@ApplicationScoped
public class ReciprocityEventsConsumer implements EventHandler {

    static final String CONSUMER = "dashboard-service.reciprocity-events";

    private final EventConsumer events;
    private final ObjectMapper json;
    private final ReciprocityProjection projection;
    private final ProjectionState state;

    public ReciprocityEventsConsumer(EventConsumer events, ObjectMapper json, ReciprocityProjection projection,
                                     ProjectionState state) {
        this.events = events;
        this.json = json;
        this.projection = projection;
        this.state = state;
    }

    @Incoming("reciprocity-events")
    @Blocking // ordered: one batch at a time per channel, applied in record order
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
            case EventTypes.ASSESSMENT_COMPUTED -> projection.assessmentComputed(event.dataAs(json, AssessmentComputed.class));
            case EventTypes.THRESHOLD_CROSSED -> projection.thresholdCrossed(event.dataAs(json, ThresholdCrossed.class));
            default -> {
            }
        }
        state.applied(CONSUMER, event.time());
    }
}
