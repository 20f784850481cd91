package id.go.wna.reciprocity.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.contracts.EventTypes;
import id.go.wna.contracts.cases.AdministrativeActionTaken;
import id.go.wna.contracts.cases.CaseOpened;
import id.go.wna.contracts.cases.CustodyEnded;
import id.go.wna.contracts.cases.DeportationCompleted;
import id.go.wna.contracts.cases.OffenceRecorded;
import id.go.wna.platform.consumer.EventConsumer;
import id.go.wna.platform.consumer.EventHandler;
import id.go.wna.platform.events.IncomingEvent;
import id.go.wna.reciprocity.service.CaseFactProjection;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes {@code wna.case-events.v1} into per-country facts: cases opened, offences, administrative actions,
 * deportations, custody days. Other event types are acknowledged and skipped.
 */
@ApplicationScoped
public class CaseEventsConsumer implements EventHandler {

    static final String CONSUMER = "reciprocity-service.case-events";

    private final EventConsumer events;
    private final ObjectMapper json;
    private final CaseFactProjection projection;

    public CaseEventsConsumer(EventConsumer events, ObjectMapper json, CaseFactProjection projection) {
        this.events = events;
        this.json = json;
        this.projection = projection;
    }

    @Incoming("case-events")
    @Blocking // ordered: one batch at a time per channel, applied in record order, so per-key order holds
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
            case EventTypes.CASE_OPENED -> projection.caseOpened(event.dataAs(json, CaseOpened.class));
            case EventTypes.OFFENCE_RECORDED -> projection.offenceRecorded(event.dataAs(json, OffenceRecorded.class));
            case EventTypes.ADMINISTRATIVE_ACTION_TAKEN ->
                    projection.administrativeActionTaken(event.dataAs(json, AdministrativeActionTaken.class));
            case EventTypes.DEPORTATION_COMPLETED ->
                    projection.deportationCompleted(event.dataAs(json, DeportationCompleted.class));
            case EventTypes.CUSTODY_ENDED -> projection.custodyEnded(event.dataAs(json, CustodyEnded.class));
            default -> {
                // not a fact of this service: recorded in the inbox, no other effect
            }
        }
    }
}
