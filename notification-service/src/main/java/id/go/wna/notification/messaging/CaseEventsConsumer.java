package id.go.wna.notification.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.contracts.EventTypes;
import id.go.wna.contracts.cases.CaseOpened;
import id.go.wna.notification.service.ReportedCases;
import id.go.wna.platform.consumer.EventConsumer;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes {@code wna.case-events.v1}; event types this service does not use are acknowledged and skipped. */
@ApplicationScoped
public class CaseEventsConsumer {

    static final String CONSUMER = "notification-service.case-events";

    private final EventConsumer events;
    private final ObjectMapper json;
    private final ReportedCases reportedCases;

    public CaseEventsConsumer(EventConsumer events, ObjectMapper json, ReportedCases reportedCases) {
        this.events = events;
        this.json = json;
        this.reportedCases = reportedCases;
    }

    @Incoming("case-events")
    @Blocking // ordered: one record at a time per channel, so per-key order holds
    public void on(ConsumerRecord<String, String> record) {
        events.consume(CONSUMER, record, event -> {
            if (EventTypes.CASE_OPENED.equals(event.type())) {
                reportedCases.caseOpened(event.dataAs(json, CaseOpened.class));
            }
        });
    }
}
