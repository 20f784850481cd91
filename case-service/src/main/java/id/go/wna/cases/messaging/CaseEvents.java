package id.go.wna.cases.messaging;

import id.go.wna.cases.domain.CaseFile;
import id.go.wna.contracts.EventTypes;
import id.go.wna.contracts.Topics;
import id.go.wna.contracts.cases.CaseOpened;
import id.go.wna.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;

/** Maps case changes to the pseudonymous events of {@code wna.case-events.v1}, recorded in the outbox. */
@ApplicationScoped
public class CaseEvents {

    private static final String AGGREGATE = "Case";

    private final Outbox outbox;

    public CaseEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void opened(CaseFile c) {
        outbox.record(Topics.CASE_EVENTS, AGGREGATE, c.id.toString(), EventTypes.CASE_OPENED,
                new CaseOpened(c.id, c.kind.name(), c.status.name(), c.nationality, c.province, c.openedAt));
    }
}
