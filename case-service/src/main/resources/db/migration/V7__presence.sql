-- Presence (issue 5 item 2): arrivals, departures and stay permits of foreign nationals, recorded one by one or
-- imported in bulk, each published on wna.presence-events.v1 through the outbox in the same transaction.
-- The person is held only as personRef (keyed pseudonym of the travel document): no document number, no name.

CREATE TABLE presence_movement (
    id            uuid         PRIMARY KEY,           -- movementId given by the sender: the idempotency key
    type          varchar(20)  NOT NULL,              -- ARRIVAL, DEPARTURE, PERMIT_ISSUED, PERMIT_ENDED
    occurred_at   timestamptz  NOT NULL,
    person_ref    uuid         NOT NULL,
    nationality   varchar(3)   NOT NULL,              -- ISO 3166-1 alpha-3 (XXA and the like as they are)
    sex           varchar(1),
    age_band      varchar(10)  NOT NULL,              -- from the birth date, which is not kept
    port_code     varchar(20),                        -- border post (TPI), arrivals and departures
    province      varchar(60),
    entry_basis   varchar(20),
    permit_type   varchar(12),
    permit_id     uuid,
    issuer        varchar(10),
    valid_from    date,
    valid_until   date,
    end_reason    varchar(12),
    overstay_days integer,
    import_job_id uuid,                               -- the import that recorded it (null: POST /presence/movements)
    import_line   bigint,
    recorded_at   timestamptz  NOT NULL
);
-- No other index: bulk imports write up to a million rows a minute, and the population figures are the dashboard's
-- read model (built from the events), not queries on this table.

CREATE TABLE presence_import_job (
    id           uuid         PRIMARY KEY,
    format       varchar(10)  NOT NULL,               -- CSV or NDJSON
    status       varchar(12)  NOT NULL,               -- RUNNING, COMPLETED, FAILED
    rows_read    bigint       NOT NULL DEFAULT 0,
    accepted     bigint       NOT NULL DEFAULT 0,
    duplicates   bigint       NOT NULL DEFAULT 0,
    rejected     bigint       NOT NULL DEFAULT 0,
    submitted_by varchar(200),
    failure      varchar(500),
    started_at   timestamptz  NOT NULL,
    finished_at  timestamptz
);

CREATE TABLE presence_import_error (
    id      bigserial    PRIMARY KEY,
    job_id  uuid         NOT NULL REFERENCES presence_import_job (id),
    line    bigint       NOT NULL,                    -- CSV: the header is line 1; NDJSON: the first line is 1
    field   varchar(60)  NOT NULL,
    message varchar(300) NOT NULL
);
CREATE INDEX presence_import_error_job ON presence_import_error (job_id, line);
