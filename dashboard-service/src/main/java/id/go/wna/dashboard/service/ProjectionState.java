package id.go.wna.dashboard.service;

import id.go.wna.dashboard.domain.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;

/**
 * The live-refresh key of the dashboard: every applied event bumps its consumer's version in the event's own
 * transaction, so a reader never sees a version whose figures are not yet committed. One row per consumer, so the
 * channels do not queue behind one hot row. /summary reads their sum and maximum.
 */
@ApplicationScoped
public class ProjectionState {

    private final EntityManager em;

    public ProjectionState(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void applied(String consumer, Instant eventTime) {
        applied(consumer, 1, eventTime);
    }

    /** {@code events} applied together, the latest of them at {@code latestEventTime}: one version per event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applied(String consumer, int events, Instant latestEventTime) {
        Instant at = latestEventTime == null ? Instant.now() : latestEventTime;
        Sql.of("""
                INSERT INTO projection_state (consumer, version, last_event_at) VALUES (:c, :n, :at)
                ON CONFLICT (consumer) DO UPDATE SET version = projection_state.version + EXCLUDED.version,
                    last_event_at = GREATEST(projection_state.last_event_at, EXCLUDED.last_event_at)""")
                .bind("c", consumer).bind("n", (long) events).bind("at", at).update(em);
    }
}
