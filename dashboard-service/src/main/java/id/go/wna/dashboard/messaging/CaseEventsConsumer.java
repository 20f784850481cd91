package id.go.wna.dashboard.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.contracts.Topics;
import id.go.wna.contracts.cases.CaseOpened;
import id.go.wna.contracts.cases.CaseStatusChanged;
import id.go.wna.contracts.cases.CustodyEnded;
import id.go.wna.contracts.cases.CustodyStarted;
import id.go.wna.contracts.cases.CustodyTransferred;
import id.go.wna.dashboard.service.CaseStatistics;
import id.go.wna.dashboard.service.CustodyProjection;
import id.go.wna.dashboard.service.ProjectionState;
import id.go.wna.platform.consumer.EventConsumer;
import id.go.wna.platform.consumer.EventHandlers;
import id.go.wna.platform.consumer.TypedEventHandler;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes {@code wna.case-events.v1} into the case and custody figures; other event types (offences, actions, deaths,
 * deportations: not on the dashboard) are acknowledged and skipped.
 */
@ApplicationScoped
public class CaseEventsConsumer implements TypedEventHandler {

    static final String CONSUMER = "dashboard-service.case-events";

    private final EventConsumer events;
    private final EventHandlers handlers;

    public CaseEventsConsumer(EventConsumer events, ObjectMapper json, CaseStatistics cases, CustodyProjection custody,
                              ProjectionState state) {
        this.events = events;
        this.handlers = EventHandlers.forConsumer(CONSUMER, Topics.CASE_EVENTS, json)
                .on(CaseOpened.class, cases::caseOpened)
                .on(CaseStatusChanged.class, cases::caseStatusChanged)
                .on(CustodyStarted.class, custody::custodyStarted)
                .on(CustodyTransferred.class, custody::custodyTransferred)
                .on(CustodyEnded.class, custody::custodyEnded)
                .afterEach(event -> state.applied(CONSUMER, event.time()))
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
