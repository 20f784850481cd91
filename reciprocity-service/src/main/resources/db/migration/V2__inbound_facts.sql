-- Inbound facts (the country's nationals in Indonesia, and Indonesia's consular compliance toward the country),
-- projected from wna.case-events.v1, wna.presence-events.v1 and kemlu.consular-events.v1. Every table here is a
-- projection: POST /api/v1/admin/replay empties it and fills it again from the topics. Each table is fed by one topic
-- only, so events of different topics may arrive in any order.

-- Monthly counters from wna.case-events.v1, added to with INSERT ... ON CONFLICT DO UPDATE SET value = value + n.
-- metric: offence (dimension = article of UU 6/2011), administrative_action (dimension = TAK type), deportation,
-- overstay, overstay_days, detention_days, travel_document_wait, travel_document_wait_days.
CREATE TABLE inbound_monthly_fact (
    iso3      char(3)     NOT NULL,
    month     char(7)     NOT NULL,              -- YYYY-MM (UTC) of the event's own time
    metric    varchar(40) NOT NULL,
    dimension varchar(60) NOT NULL DEFAULT '',   -- '' when the metric has none
    value     bigint      NOT NULL,
    PRIMARY KEY (iso3, month, metric, dimension)
);

-- Stays from wna.presence-events.v1: one row per PersonArrived; PersonDeparted closes the person's latest open stay
-- begun before it, or, with none, records a departure alone (arrived_at NULL). The population at an instant T is
-- the stays with arrived_at < T and (departed_at IS NULL OR departed_at >= T).
CREATE TABLE inbound_stay (
    person_ref  uuid        NOT NULL,
    nationality char(3)     NOT NULL,
    arrived_at  timestamptz,
    departed_at timestamptz,
    closed_by_arrival boolean NOT NULL DEFAULT false  -- closed because the person arrived again (no departure seen)
);
CREATE UNIQUE INDEX inbound_stay_person_arrival ON inbound_stay (person_ref, arrived_at);
CREATE INDEX inbound_stay_open ON inbound_stay (person_ref) WHERE departed_at IS NULL;
CREATE INDEX inbound_stay_nationality ON inbound_stay (nationality, arrived_at);

-- One row per consular obligation, from kemlu.consular-events.v1 (key obligationId). Every event upserts only the
-- columns it knows, in an order-independent way (first notice = smallest delay, latest regime by determined_at).
CREATE TABLE inbound_obligation (
    obligation_id        uuid        PRIMARY KEY,
    iso3                 char(3)     NOT NULL,
    trigger              varchar(30),            -- from ObligationOpened
    opened_month         char(7)     NOT NULL,   -- YYYY-MM (UTC) of openedAt (provisionally, of the first event seen)
    triggered_at         timestamptz,
    regime               varchar(20),            -- the latest RegimeDetermined
    regime_determined_at timestamptz,
    first_notice_minutes bigint,                 -- NoticeSent.delayMinutes of the first notice
    access_requested     integer     NOT NULL DEFAULT 0,
    access_conducted     integer     NOT NULL DEFAULT 0,
    first_visit_days     integer                 -- AccessConducted(firstVisit).daysSinceCustodyStart
);
CREATE INDEX inbound_obligation_country ON inbound_obligation (iso3, opened_month);

-- Acknowledgements of notices by the country's posts, from kemlu.consular-events.v1: one row per notice.
CREATE TABLE inbound_acknowledgement (
    notice_id        uuid    PRIMARY KEY,
    obligation_id    uuid    NOT NULL,
    iso3             char(3) NOT NULL,
    month            char(7) NOT NULL,           -- YYYY-MM (UTC) of acknowledgedAt
    response_minutes bigint  NOT NULL
);
CREATE INDEX inbound_acknowledgement_country ON inbound_acknowledgement (iso3, month);
