package id.go.wna.dashboard.service;

import id.go.wna.contracts.reciprocity.AssessmentComputed;
import id.go.wna.contracts.reciprocity.ThresholdCrossed;
import id.go.wna.dashboard.domain.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Projects {@code kemlu.reciprocity-events.v1}: each country's latest assessment and every threshold crossing. */
@ApplicationScoped
public class ReciprocityProjection {

    private final EntityManager em;

    public ReciprocityProjection(EntityManager em) {
        this.em = em;
    }

    /** Replaces the country's assessment only with a later one, whatever order the events are read in. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void assessmentComputed(AssessmentComputed e) {
        Sql.of("""
                INSERT INTO reciprocity_assessment (iso3, assessment_id, period, score, confidence_low, confidence_high,
                    completeness, trend, computed_at)
                VALUES (:c, :id, :p, :s, :lo, :hi, :comp, :t, :at)
                ON CONFLICT (iso3) DO UPDATE SET assessment_id = EXCLUDED.assessment_id, period = EXCLUDED.period,
                    score = EXCLUDED.score, confidence_low = EXCLUDED.confidence_low,
                    confidence_high = EXCLUDED.confidence_high, completeness = EXCLUDED.completeness,
                    trend = EXCLUDED.trend, computed_at = EXCLUDED.computed_at
                WHERE reciprocity_assessment.computed_at < EXCLUDED.computed_at""")
                .bind("c", e.iso3()).bind("id", e.assessmentId()).bind("p", e.period()).bind("s", e.score())
                .bind("lo", e.confidenceLow()).bind("hi", e.confidenceHigh()).bind("comp", e.completeness())
                .bind("t", e.trend(), Double.class).bind("at", e.computedAt()).update(em);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void thresholdCrossed(ThresholdCrossed e) {
        Sql.of("""
                INSERT INTO threshold_crossing (assessment_id, measure, threshold, direction, iso3, period, value, crossed_at)
                VALUES (:id, :m, :th, :d, :c, :p, :v, :at) ON CONFLICT DO NOTHING""")
                .bind("id", e.assessmentId()).bind("m", e.measure()).bind("th", e.threshold()).bind("d", e.direction())
                .bind("c", e.iso3()).bind("p", e.period()).bind("v", e.value()).bind("at", e.crossedAt()).update(em);
    }
}
