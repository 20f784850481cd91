package id.go.wna.reciprocity.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.contracts.Topics;
import id.go.wna.contracts.cases.AdministrativeActionTaken;
import id.go.wna.contracts.cases.CaseOpened;
import id.go.wna.contracts.cases.CustodyEnded;
import id.go.wna.contracts.cases.DeportationCompleted;
import id.go.wna.contracts.cases.OffenceRecorded;
import id.go.wna.platform.consumer.EventConsumer;
import id.go.wna.platform.consumer.EventHandlers;
import id.go.wna.platform.consumer.TypedEventHandler;
import id.go.wna.reciprocity.service.CaseFactProjection;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes {@code wna.case-events.v1} into per-country facts: cases opened, offences, administrative actions,
 * deportations, custody days. Other event types are not facts of this service: acknowledged and skipped.
 */
@ApplicationScoped
public class CaseEventsConsumer implements TypedEventHandler {

    static final String CONSUMER = "reciprocity-service.case-events";

    private final EventConsumer events;
    private final EventHandlers handlers;

    public CaseEventsConsumer(EventConsumer events, ObjectMapper json, CaseFactProjection projection) {
        this.events = events;
        this.handlers = EventHandlers.forConsumer(CONSUMER, Topics.CASE_EVENTS, json)
                .on(CaseOpened.class, projection::caseOpened)
                .on(OffenceRecorded.class, projection::offenceRecorded)
                .on(AdministrativeActionTaken.class, projection::administrativeActionTaken)
                .on(DeportationCompleted.class, projection::deportationCompleted)
                .on(CustodyEnded.class, projection::custodyEnded)
                .build();
    }

    @Incoming("case-events")
    @Blocking // ordered: one batch at a time per channel, applied in record order, so per-key order holds
    public void on(ConsumerRecords<byte[], byte[]> records) {
        events.consumeBatch(this, records);
    }

    @Override
    public EventHandlers handlers() {
        return handlers;
    }
}
