-- Reciprocity assessments (snapshots) and the joint working team's findings.

-- One row per distinct assessment of a country and period: a recompute that gives the same numbers (same hash) adds
-- nothing. The latest row of a (iso3, period) is the current assessment; older rows stay, as findings may rest on them.
CREATE TABLE assessment (
    id             uuid             PRIMARY KEY,
    iso3           varchar(3)       NOT NULL,
    period         varchar(7)       NOT NULL,   -- 2026-11, 2026-Q4 or 2026
    computed_at    timestamptz      NOT NULL,
    method_version varchar(40)      NOT NULL,
    composite      double precision,            -- the analysts' composite (null without data)
    shared_composite double precision,          -- the partner agencies' composite (small cells suppressed)
    document       jsonb            NOT NULL,   -- the analysts' assessment: indicators, contributions, facts, trend
    shared_document jsonb           NOT NULL,   -- the same with small cells suppressed, as partner agencies read it
    hash           char(64)         NOT NULL,   -- SHA-256 of the analysts' document: what "the numbers changed" means
    latest         boolean          NOT NULL
);
CREATE UNIQUE INDEX assessment_latest_per_country ON assessment (iso3, period) WHERE latest;
CREATE INDEX assessment_history ON assessment (iso3, period, computed_at);

-- Countries whose facts changed for a month (UTC): the projections insert here (ON CONFLICT DO NOTHING) in the
-- transaction of the fact; AssessmentRefresh recomputes them and deletes the row.
CREATE TABLE dirty_country (
    iso3      varchar(3)  NOT NULL,
    period    varchar(7)  NOT NULL,
    marked_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (iso3, period)
);

-- Findings of the joint working team: DRAFT → REVIEWED → ENDORSED → ACTIONED → CLOSED (FindingLifecycle).
CREATE TABLE finding (
    id             uuid          PRIMARY KEY,
    iso3           varchar(3)    NOT NULL,
    period         varchar(7)    NOT NULL,
    title          varchar(200)  NOT NULL,
    statement      text          NOT NULL,
    recommendation text,
    status         varchar(20)   NOT NULL,
    assessment_id  uuid          NOT NULL REFERENCES assessment (id),
    snapshot       jsonb         NOT NULL,   -- a copy of the assessment the finding was based on
    created_by     varchar(200)  NOT NULL,
    created_at     timestamptz   NOT NULL,
    updated_at     timestamptz   NOT NULL,
    version        bigint        NOT NULL
);
CREATE INDEX finding_by_country ON finding (iso3, period, created_at);
CREATE INDEX finding_by_status ON finding (status, created_at);

-- Every step of a finding: who, when, from, to, why.
CREATE TABLE finding_step (
    id          uuid         PRIMARY KEY,
    finding_id  uuid         NOT NULL REFERENCES finding (id),
    seq         integer      NOT NULL,
    from_status varchar(20),
    to_status   varchar(20)  NOT NULL,
    by_subject  varchar(200) NOT NULL,
    by_roles    varchar(300) NOT NULL,
    at          timestamptz  NOT NULL,
    note        text,
    UNIQUE (finding_id, seq)
);
