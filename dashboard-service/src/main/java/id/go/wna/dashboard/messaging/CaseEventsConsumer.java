package id.go.wna.dashboard.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.contracts.EventTypes;
import id.go.wna.contracts.cases.CaseOpened;
import id.go.wna.platform.consumer.EventConsumer;
import id.go.wna.dashboard.service.CaseStatistics;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes {@code wna.case-events.v1} into the dashboard figures; other event types are acknowledged and skipped. */
@ApplicationScoped
public class CaseEventsConsumer {

    static final String CONSUMER = "dashboard-service.case-events";

    private final EventConsumer events;
    private final ObjectMapper json;
    private final CaseStatistics projection;

    public CaseEventsConsumer(EventConsumer events, ObjectMapper json, CaseStatistics projection) {
        this.events = events;
        this.json = json;
        this.projection = projection;
    }

    @Incoming("case-events")
    @Blocking // ordered: one record at a time per channel, so per-key order holds
    public void on(ConsumerRecord<String, String> record) {
        events.consume(CONSUMER, record, event -> {
            if (EventTypes.CASE_OPENED.equals(event.type())) {
                projection.caseOpened(event.dataAs(json, CaseOpened.class));
            }
        });
    }
}
