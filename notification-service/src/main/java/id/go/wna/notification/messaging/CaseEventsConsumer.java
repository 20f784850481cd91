package id.go.wna.notification.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.contracts.Topics;
import id.go.wna.contracts.cases.CaseOpened;
import id.go.wna.contracts.cases.WreckOrCrashRecorded;
import id.go.wna.notification.service.ObligationIntake;
import id.go.wna.notification.service.ReportedCases;
import id.go.wna.platform.consumer.EventConsumer;
import id.go.wna.platform.consumer.EventHandlers;
import id.go.wna.platform.consumer.TypedEventHandler;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.UUID;

/**
 * Consumes {@code wna.case-events.v1}: opened cases, and wrecks or air accidents (Art. 37(c)); event types this service
 * does not use are acknowledged and skipped.
 */
@ApplicationScoped
public class CaseEventsConsumer implements TypedEventHandler {

    static final String CONSUMER = "notification-service.case-events";

    private final EventConsumer events;
    private final EventHandlers handlers;

    public CaseEventsConsumer(EventConsumer events, ObjectMapper json, ReportedCases reportedCases, ObligationIntake intake) {
        this.events = events;
        this.handlers = EventHandlers.forConsumer(CONSUMER, Topics.CASE_EVENTS, json)
                .on(CaseOpened.class, reportedCases::caseOpened)
                // A wreck concerns a ship or aircraft, not a person: it comes on the shared topic, not as a restricted notice.
                .onEvent(WreckOrCrashRecorded.class, (event, wreck) -> intake.wreckOrCrash(UUID.fromString(event.id()), wreck))
                .build();
    }

    @Incoming("case-events")
    @Blocking // ordered: one record at a time per channel, so per-key order holds
    public void on(ConsumerRecord<byte[], byte[]> record) {
        events.consume(this, record);
    }

    @Override
    public EventHandlers handlers() {
        return handlers;
    }
}
