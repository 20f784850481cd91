-- The thresholds an assessment crossed, one row per measure: ThresholdCrossed.v1 states these rows. The threshold is a
-- setting (wna.reciprocity.thresholds.*) that may change later, so what was crossed is kept with the snapshot.
CREATE TABLE threshold_crossing (
    assessment_id  uuid             NOT NULL REFERENCES assessment (id),
    measure        varchar(40)      NOT NULL,   -- COMPOSITE, an indicator, NOTIFICATION_OUT_SHARE
    threshold      double precision NOT NULL,
    direction      varchar(8)       NOT NULL CHECK (direction IN ('UPWARD', 'DOWNWARD')),
    value          double precision NOT NULL,   -- the measure in the snapshot's shared view
    previous_value double precision,            -- in the snapshot before it; null when there was none
    crossed_at     timestamptz      NOT NULL,   -- the snapshot's computed_at
    PRIMARY KEY (assessment_id, measure)
);
