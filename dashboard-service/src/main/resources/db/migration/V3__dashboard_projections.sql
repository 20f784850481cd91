-- Issue 8: the dashboard's projections from every topic. Counters are kept by INSERT ... ON CONFLICT DO UPDATE (no
-- read-modify-write); per-entity rows exist so that a later event (a departure, a status change, a transfer) knows
-- which counter cell to move. Every table here is emptied and refilled by POST /api/v1/admin/replay, except
-- projection_state (see its comment).

COMMENT ON TABLE case_tally IS 'Cases counted by kind, current status, nationality and province (CaseStatusChanged moves a case between rows): a read model projected from wna.case-events.v1, rebuilt by POST /api/v1/admin/replay.';

-- Presence ------------------------------------------------------------------------------------------------------------

CREATE TABLE person_presence (
    person_ref       uuid        PRIMARY KEY,
    nationality      varchar(3)  NOT NULL,
    province         varchar(60) NOT NULL,
    arrival_province varchar(60),
    permit_province  varchar(60),
    permit_type      varchar(12) NOT NULL,
    permit_id        uuid,
    present          boolean     NOT NULL,
    updated_at       timestamptz NOT NULL
);
COMMENT ON TABLE person_presence IS 'One row per foreign national seen on wna.presence-events.v1: where they count now (province: the permit''s when given, else the arrival''s), their stay permit type (NONE without one) and whether they are in Indonesia. Only read to know which population_cell an event moves; never scanned by the API.';

CREATE TABLE population_cell (
    nationality varchar(3)  NOT NULL,
    province    varchar(60) NOT NULL,
    permit_type varchar(12) NOT NULL,
    present     boolean     NOT NULL,
    persons     bigint      NOT NULL,
    PRIMARY KEY (nationality, province, permit_type, present)
);
CREATE INDEX population_cell_present_province ON population_cell (present, province);
COMMENT ON TABLE population_cell IS 'Persons of person_presence counted by nationality, province, permit type and presence, kept by the delta of each change in the same transaction: the stock behind /summary and /population.';

CREATE TABLE presence_daily (
    day         date        NOT NULL,
    nationality varchar(3)  NOT NULL,
    province    varchar(60) NOT NULL,
    permit_type varchar(12) NOT NULL,
    delta       bigint      NOT NULL DEFAULT 0,
    arrivals    bigint      NOT NULL DEFAULT 0,
    departures  bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (day, nationality, province, permit_type)
);
CREATE INDEX presence_daily_nationality ON presence_daily (nationality, day);
CREATE INDEX presence_daily_province ON presence_daily (province, day);
COMMENT ON TABLE presence_daily IS 'Per day (WIB), nationality, province and permit type: the change of the present stock (delta), arrivals and departures. Stock at the end of a day = present population_cell minus the deltas of later days.';

CREATE TABLE presence_daily_total (
    day        date   PRIMARY KEY,
    delta      bigint NOT NULL DEFAULT 0,
    arrivals   bigint NOT NULL DEFAULT 0,
    departures bigint NOT NULL DEFAULT 0
);
COMMENT ON TABLE presence_daily_total IS 'presence_daily summed over all nationalities, provinces and permit types, one row per day (WIB): what unfiltered /summary and time series read, so they touch ~90 rows, not every cell of every day.';

-- Cases and custody ---------------------------------------------------------------------------------------------------

CREATE TABLE case_record (
    case_id     uuid        PRIMARY KEY,
    kind        varchar(30) NOT NULL,
    status      varchar(30) NOT NULL,
    nationality varchar(3)  NOT NULL,
    province    varchar(60) NOT NULL,
    opened_at   timestamptz NOT NULL
);
COMMENT ON TABLE case_record IS 'One row per case opened on wna.case-events.v1 with its current status: lets CaseStatusChanged (which carries no kind or province) move the case between case_tally rows, and gives an obligation its province.';

CREATE TABLE case_daily (
    day         date        NOT NULL,
    nationality varchar(3)  NOT NULL,
    province    varchar(60) NOT NULL,
    opened      bigint      NOT NULL,
    PRIMARY KEY (day, nationality, province)
);
COMMENT ON TABLE case_daily IS 'Cases opened per day (WIB), nationality and province: the casesOpened flow and its time series.';

CREATE TABLE custody_record (
    custody_id     uuid        PRIMARY KEY,
    case_id        uuid        NOT NULL,
    nationality    varchar(3)  NOT NULL,
    start_province varchar(60) NOT NULL,
    province       varchar(60) NOT NULL,
    custody_type   varchar(30) NOT NULL,
    started_at     timestamptz NOT NULL,
    ended_at       timestamptz
);
CREATE INDEX custody_record_case ON custody_record (case_id);
COMMENT ON TABLE custody_record IS 'One row per custody episode (CustodyStarted, CustodyTransferred, CustodyEnded): where the person is held now, and where custody started (the province of the obligations it triggers).';

CREATE TABLE custody_cell (
    nationality  varchar(3)  NOT NULL,
    province     varchar(60) NOT NULL,
    custody_type varchar(30) NOT NULL,
    persons      bigint      NOT NULL,
    PRIMARY KEY (nationality, province, custody_type)
);
COMMENT ON TABLE custody_cell IS 'People in custody now by nationality, province of the place of detention and custody type.';

CREATE TABLE custody_daily (
    day         date        NOT NULL,
    nationality varchar(3)  NOT NULL,
    province    varchar(60) NOT NULL,
    started     bigint      NOT NULL DEFAULT 0,
    delta       bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (day, nationality, province)
);
COMMENT ON TABLE custody_daily IS 'Per day (WIB), nationality and province: custody episodes started and the change of the in-custody stock (transfers move it between provinces).';

-- Consular ------------------------------------------------------------------------------------------------------------

CREATE TABLE consular_obligation (
    obligation_id            uuid        PRIMARY KEY,
    case_id                  uuid,
    custody_id               uuid,
    nationality              varchar(3)  NOT NULL,
    trigger                  varchar(30) NOT NULL,
    triggered_at             timestamptz NOT NULL,
    regime                   varchar(20),
    rights_answer            varchar(20),
    -- No ordinary notice is owed outside the ordinary regimes, nor under ON_REQUEST once the person declined.
    notice_owed              boolean GENERATED ALWAYS AS (
        COALESCE(regime, '') NOT IN ('NOT_APPLICABLE', 'ESCALATED', 'SUPPRESSED')
        AND NOT (COALESCE(regime, '') = 'ON_REQUEST' AND COALESCE(rights_answer, '') = 'NOTIFY_DECLINED')) STORED,
    notified_at              timestamptz,
    delay_minutes            bigint,
    notification_breached_at timestamptz
);
CREATE INDEX consular_obligation_open ON consular_obligation (nationality) WHERE notice_owed AND notified_at IS NULL;
CREATE INDEX consular_obligation_notified ON consular_obligation (notified_at) WHERE notified_at IS NOT NULL;
CREATE INDEX consular_obligation_triggered ON consular_obligation (triggered_at);
COMMENT ON TABLE consular_obligation IS 'One row per consular obligation of kemlu.consular-events.v1: regime, last rights answer, first notice (INITIAL or DEATH: time, delay) and NOTIFICATION breach. Its province is read at query time from custody_record or case_record (UNKNOWN until known).';

CREATE TABLE consular_breach (
    obligation_id uuid        NOT NULL,
    clock         varchar(20) NOT NULL,
    due_at        timestamptz NOT NULL,
    nationality   varchar(3)  NOT NULL,
    breached_at   timestamptz NOT NULL,
    PRIMARY KEY (obligation_id, clock, due_at)
);
CREATE INDEX consular_breach_at ON consular_breach (breached_at);
COMMENT ON TABLE consular_breach IS 'Every consular deadline breached (DeadlineBreached, any clock): the deadline-breaches time series.';

CREATE TABLE consular_service_daily (
    day          date        NOT NULL,
    service_type varchar(30) NOT NULL,
    nationality  varchar(7)  NOT NULL,
    services     bigint      NOT NULL,
    PRIMARY KEY (day, service_type, nationality)
);
COMMENT ON TABLE consular_service_daily IS 'Sums of ConsularServiceRecorded counts per day of service, type and nationality (UNKNOWN when the entry names none).';

CREATE TABLE welfare_report (
    welfare_report_id uuid        PRIMARY KEY,
    crisis            varchar(60) NOT NULL,
    status            varchar(30) NOT NULL,
    nationality       varchar(3)  NOT NULL,
    province          varchar(60),
    changed_at        timestamptz NOT NULL
);
CREATE INDEX welfare_report_crisis ON welfare_report (crisis, status);
COMMENT ON TABLE welfare_report IS 'The current status of each welfare report (WelfareStatusChanged; a later change replaces an earlier one).';

-- Reciprocity ---------------------------------------------------------------------------------------------------------

CREATE TABLE reciprocity_assessment (
    iso3            varchar(3)       PRIMARY KEY,
    assessment_id   uuid             NOT NULL,
    period          varchar(10)      NOT NULL,
    score           double precision NOT NULL,
    confidence_low  double precision NOT NULL,
    confidence_high double precision NOT NULL,
    completeness    double precision NOT NULL,
    trend           double precision,
    computed_at     timestamptz      NOT NULL
);
COMMENT ON TABLE reciprocity_assessment IS 'The latest AssessmentComputed per country (replaced only by a later computedAt).';

CREATE TABLE threshold_crossing (
    assessment_id uuid             NOT NULL,
    measure       varchar(40)      NOT NULL,
    threshold     double precision NOT NULL,
    direction     varchar(10)      NOT NULL,
    iso3          varchar(3)       NOT NULL,
    period        varchar(10)      NOT NULL,
    value         double precision NOT NULL,
    crossed_at    timestamptz      NOT NULL,
    PRIMARY KEY (assessment_id, measure, threshold, direction)
);
CREATE INDEX threshold_crossing_at ON threshold_crossing (crossed_at DESC);
COMMENT ON TABLE threshold_crossing IS 'Every ThresholdCrossed of kemlu.reciprocity-events.v1.';

-- Freshness -----------------------------------------------------------------------------------------------------------

CREATE TABLE projection_state (
    consumer      varchar(100) PRIMARY KEY,
    version       bigint       NOT NULL,
    last_event_at timestamptz
);
COMMENT ON TABLE projection_state IS 'Per consumer: how many events it applied (version) and the latest event time, bumped in each event''s transaction; /summary answers their sum and maximum as the page''s live-refresh key. Not emptied by replay, so the key keeps increasing while the figures are rebuilt.';
