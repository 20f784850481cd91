package id.go.wna.reciprocity.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.go.wna.platform.refusal.ExpectedVersion;
import id.go.wna.platform.refusal.Refusal;
import id.go.wna.platform.security.Caller;
import id.go.wna.reciprocity.domain.FindingStatus;
import id.go.wna.reciprocity.domain.Period;
import id.go.wna.reciprocity.domain.score.Assessment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Findings of the joint working team, each resting on an assessment snapshot (its id and a copy), with every step
 * (who, when, from, to, note) kept.
 */
@ApplicationScoped
public class Findings {

    private final EntityManager em;
    private final Assessments assessments;
    private final Caller caller;

    public Findings(EntityManager em, Assessments assessments, Caller caller) {
        this.em = em;
        this.assessments = assessments;
        this.caller = caller;
    }

    public record Step(int seq, String from, String to, String by, String roles, Instant at, String note) {
    }

    public record Finding(UUID id, String iso3, String period, String title, String statement, String recommendation,
                          FindingStatus status, UUID assessmentId, Assessment snapshot, String createdBy,
                          Instant createdAt, Instant updatedAt, long version, List<Step> steps) {
    }

    public record Draft(String iso3, String period, String title, String statement, String recommendation,
                        UUID assessmentId) {
    }

    /**
     * A new DRAFT finding. It rests on {@code assessmentId} when given (a snapshot of that country and period), else on
     * the country's current assessment, recomputed first so that it reflects the facts now.
     */
    @Transactional
    public Finding create(Draft d) {
        Period period = Periods.parse(d.period());
        Assessments.Snapshot snapshot;
        if (d.assessmentId() != null) {
            snapshot = assessments.byId(d.assessmentId())
                    .orElseThrow(() -> Refusal.ruleBroken("assessmentId", "no such assessment"));
            if (!snapshot.iso3().equals(d.iso3()) || !snapshot.period().equals(period.code())) {
                throw Refusal.ruleBroken("assessmentId", "is the assessment of " + snapshot.iso3() + " for "
                        + snapshot.period() + ", not of " + d.iso3() + " for " + period.code());
            }
        } else {
            if (!assessments.countries(period).contains(d.iso3())) {
                throw Refusal.ruleBroken("iso3", "no fact about " + d.iso3() + " in " + period.code()
                        + ": there is no assessment to base a finding on");
            }
            assessments.recompute(period, List.of(d.iso3()));
            snapshot = assessments.latest(d.iso3(), period.code()).orElseThrow();
        }
        UUID id = UUID.randomUUID();
        Instant now = Instant.now(Clock.systemUTC());
        em.createNativeQuery("""
                        INSERT INTO finding (id, iso3, period, title, statement, recommendation, status, assessment_id,
                                             snapshot, created_by, created_at, updated_at, version)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'DRAFT', ?7, CAST(?8 AS jsonb), ?9, ?10, ?10, 0)""")
                .setParameter(1, id).setParameter(2, d.iso3()).setParameter(3, period.code())
                .setParameter(4, d.title().strip()).setParameter(5, d.statement().strip())
                .setParameter(6, d.recommendation() == null || d.recommendation().isBlank() ? null : d.recommendation().strip())
                .setParameter(7, snapshot.id()).setParameter(8, Assessments.json(snapshot.full()))
                .setParameter(9, caller.subject()).setParameter(10, Timestamp.from(now)).executeUpdate();
        step(id, 1, null, FindingStatus.DRAFT, now, null);
        return get(id);
    }

    @Transactional
    public Finding transition(UUID id, FindingStatus to, String note, ExpectedVersion expected) {
        Finding f = lock(id);
        expected.check(f.version(), "Finding", id);
        if (!f.status().allows(to)) {
            throw Refusal.forbiddenTransition("a finding " + f.status() + " cannot become " + to,
                    f.status().allowedNext());
        }
        if (FindingStatus.needsFourEyes(to) && f.createdBy().equals(caller.subject())) {
            throw Refusal.ruleBroken("to", to + " is by someone other than the finding's author (four eyes)");
        }
        Instant now = Instant.now(Clock.systemUTC());
        em.createNativeQuery("UPDATE finding SET status = ?1, updated_at = ?2, version = version + 1 WHERE id = ?3")
                .setParameter(1, to.name()).setParameter(2, Timestamp.from(now)).setParameter(3, id).executeUpdate();
        step(id, f.steps().size() + 1, f.status(), to, now, note);
        return get(id);
    }

    private void step(UUID finding, int seq, FindingStatus from, FindingStatus to, Instant at, String note) {
        em.createNativeQuery("""
                        INSERT INTO finding_step (id, finding_id, seq, from_status, to_status, by_subject, by_roles, at, note)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, finding).setParameter(3, seq)
                .setParameter(4, from == null ? null : from.name()).setParameter(5, to.name())
                .setParameter(6, caller.subject()).setParameter(7, caller.roles()).setParameter(8, Timestamp.from(at))
                .setParameter(9, note == null || note.isBlank() ? null : note.strip()).executeUpdate();
    }

    private Finding lock(UUID id) {
        List<?> rows = em.createNativeQuery("SELECT id FROM finding WHERE id = ?1 FOR UPDATE").setParameter(1, id)
                .getResultList();
        if (rows.isEmpty()) {
            throw Refusal.notFound("Finding", id);
        }
        return get(id);
    }

    private static final String COLUMNS = """
            SELECT id, iso3, period, title, statement, recommendation, status, assessment_id, CAST(snapshot AS text),
                   created_by, created_at, updated_at, version FROM finding""";

    @Transactional(Transactional.TxType.SUPPORTS)
    public Finding get(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(COLUMNS + " WHERE id = ?1").setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw Refusal.notFound("Finding", id);
        }
        return finding(rows.get(0), steps(id));
    }

    /** Newest first; filters optional. Without steps nor snapshot copy. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Finding> search(String iso3, String period, FindingStatus status, int page, int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(COLUMNS + " " + """
                         WHERE (CAST(?1 AS varchar) IS NULL OR iso3 = ?1) AND (CAST(?2 AS varchar) IS NULL OR period = ?2)
                           AND (CAST(?3 AS varchar) IS NULL OR status = ?3)
                         ORDER BY created_at DESC, id LIMIT ?4 OFFSET ?5""")
                .setParameter(1, iso3).setParameter(2, period).setParameter(3, status == null ? null : status.name())
                .setParameter(4, size).setParameter(5, (long) page * size).getResultList();
        return rows.stream().map(r -> finding(r, null)).toList();
    }

    private List<Step> steps(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT seq, from_status, to_status, by_subject, by_roles, at, note FROM finding_step
                         WHERE finding_id = ?1 ORDER BY seq""").setParameter(1, id).getResultList();
        return rows.stream().map(r -> new Step(((Number) r[0]).intValue(), (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], instant(r[5]), (String) r[6])).toList();
    }

    private static Finding finding(Object[] r, List<Step> steps) {
        Assessment snapshot = null;
        if (steps != null) {
            try {
                snapshot = Assessments.CANONICAL.readValue((String) r[8], Assessment.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return new Finding((UUID) r[0], ((String) r[1]).strip(), ((String) r[2]).strip(), (String) r[3], (String) r[4],
                (String) r[5], FindingStatus.valueOf((String) r[6]), (UUID) r[7], snapshot, (String) r[9],
                instant(r[10]), instant(r[11]), ((Number) r[12]).longValue(), steps);
    }

    static Instant instant(Object v) {
        return v instanceof Timestamp t ? t.toInstant() : v instanceof OffsetDateTime o ? o.toInstant() : (Instant) v;
    }
}
