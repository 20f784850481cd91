package id.go.wna.dashboard.service;

import id.go.wna.dashboard.domain.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;

/**
 * The live-refresh key of the dashboard: every applied event bumps its consumer's version in the event's own
 * transaction, so a reader never sees a version whose figures are not yet committed. One row per consumer, so the
 * channels do not queue behind one hot row.
 */
@ApplicationScoped
public class ProjectionState {

    public record State(long version, Instant lastEventAt) {
    }

    private final EntityManager em;

    public ProjectionState(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void applied(String consumer, Instant eventTime) {
        Instant at = eventTime == null ? Instant.now() : eventTime;
        Sql.of("""
                INSERT INTO projection_state (consumer, version, last_event_at) VALUES (:c, 1, :at)
                ON CONFLICT (consumer) DO UPDATE SET version = projection_state.version + 1,
                    last_event_at = GREATEST(projection_state.last_event_at, EXCLUDED.last_event_at)""")
                .bind("c", consumer).bind("at", at).update(em);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public State current() {
        Object[] r = Sql.of("SELECT COALESCE(SUM(version), 0), MAX(last_event_at) FROM projection_state").rows(em).get(0);
        return new State(Sql.num(r[0]), Sql.instant(r[1]));
    }
}
