package id.go.wna.dashboard.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.contracts.EventTypes;
import id.go.wna.contracts.cases.CaseOpened;
import id.go.wna.contracts.cases.CaseStatusChanged;
import id.go.wna.contracts.cases.CustodyEnded;
import id.go.wna.contracts.cases.CustodyStarted;
import id.go.wna.contracts.cases.CustodyTransferred;
import id.go.wna.dashboard.service.CaseStatistics;
import id.go.wna.dashboard.service.CustodyProjection;
import id.go.wna.dashboard.service.ProjectionState;
import id.go.wna.platform.consumer.EventConsumer;
import id.go.wna.platform.consumer.EventHandler;
import id.go.wna.platform.events.IncomingEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes {@code wna.case-events.v1} into the case and custody figures; other event types are acknowledged and skipped. */
@ApplicationScoped
public class CaseEventsConsumer implements EventHandler {

    static final String CONSUMER = "dashboard-service.case-events";

    private final EventConsumer events;
    private final ObjectMapper json;
    private final CaseStatistics cases;
    private final CustodyProjection custody;
    private final ProjectionState state;

    public CaseEventsConsumer(EventConsumer events, ObjectMapper json, CaseStatistics cases, CustodyProjection custody,
                              ProjectionState state) {
        this.events = events;
        this.json = json;
        this.cases = cases;
        this.custody = custody;
        this.state = state;
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
            case EventTypes.CASE_OPENED -> cases.caseOpened(event.dataAs(json, CaseOpened.class));
            case EventTypes.CASE_STATUS_CHANGED -> cases.caseStatusChanged(event.dataAs(json, CaseStatusChanged.class));
            case EventTypes.CUSTODY_STARTED -> custody.custodyStarted(event.dataAs(json, CustodyStarted.class));
            case EventTypes.CUSTODY_TRANSFERRED -> custody.custodyTransferred(event.dataAs(json, CustodyTransferred.class));
            case EventTypes.CUSTODY_ENDED -> custody.custodyEnded(event.dataAs(json, CustodyEnded.class));
            default -> {
                // offences, actions, deaths, deportations: not on the dashboard
            }
        }
        state.applied(CONSUMER, event.time());
    }
}
