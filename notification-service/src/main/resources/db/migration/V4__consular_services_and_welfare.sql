-- Kemlu's consular services log and welfare monitoring in a crisis (DESIGN.md section 1, DOMAIN.md sections 2 and 7).

-- One row per service given: counts and a short description, never names (UU 27/2022: data minimisation). Identity,
-- where a service needs it, stays with the obligation or the case the row may point at.
CREATE TABLE consular_service (
    id             uuid PRIMARY KEY,
    service_type   varchar(30)  NOT NULL CHECK (service_type IN ('HOTLINE_CASE', 'FLIGHT_CLEARANCE',
                       'EVACUATION_ASSISTANCE', 'EXIT_PERMIT_ONLY', 'DIPLOMATIC_STAY_PERMIT', 'SERVICE_STAY_PERMIT',
                       'HUMANITARIAN_DISCRETION', 'OTHER')),
    occurred_on    date         NOT NULL,
    -- The nationality concerned, or the country of the mission (flight clearance, evacuation).
    nationality    char(3),
    -- What the entry counts: 1 for a case or a discretion, clearances, documents, or persons evacuated.
    unit_count     integer      NOT NULL CHECK (unit_count >= 1),
    -- Persons concerned where the type has them (evacuated; on board a cleared flight).
    persons        integer      CHECK (persons >= 1),
    flight_number  varchar(10),
    operator       varchar(100),
    -- OPEN or CLOSED, for a hotline case only.
    hotline_status varchar(10)  CHECK (hotline_status IN ('OPEN', 'CLOSED')),
    summary        varchar(280),
    obligation_id  uuid,
    recorded_by    varchar(200) NOT NULL,
    recorded_at    timestamptz  NOT NULL,
    CHECK (service_type <> 'EVACUATION_ASSISTANCE' OR persons = unit_count),
    CHECK ((service_type = 'HOTLINE_CASE') = (hotline_status IS NOT NULL))
);
CREATE INDEX consular_service_day ON consular_service (occurred_on, service_type);
CREATE INDEX consular_service_type_day ON consular_service (service_type, occurred_on DESC);
CREATE INDEX consular_service_nationality ON consular_service (nationality);

-- A foreign national monitored in a crisis: health status is specific personal data (UU 27/2022 Pasal 4). No name,
-- no document: a pseudonymous person reference at most.
CREATE TABLE welfare_report (
    id            uuid PRIMARY KEY,
    crisis        varchar(40)  NOT NULL,
    nationality   char(3)      NOT NULL,
    province_code varchar(2),
    province      varchar(60),
    person_ref    uuid,
    obligation_id uuid,
    status        varchar(30)  NOT NULL CHECK (status IN ('CLOSE_CONTACT', 'CONFIRMED', 'RECOVERED',
                      'RETURNED_TO_HOME_COUNTRY', 'DIED')),
    -- When the current status was observed.
    observed_at   timestamptz  NOT NULL,
    reported_by   varchar(200) NOT NULL,
    reported_at   timestamptz  NOT NULL,
    updated_at    timestamptz  NOT NULL,
    version       integer      NOT NULL DEFAULT 0
);
CREATE INDEX welfare_report_crisis_status ON welfare_report (crisis, status);
CREATE INDEX welfare_report_nationality ON welfare_report (nationality);
CREATE INDEX welfare_report_province ON welfare_report (province_code);
CREATE INDEX welfare_report_updated ON welfare_report (updated_at DESC, id);

-- Every status a report took, the first one included (previous_status NULL): the history of a report, and what the
-- "ever reached" figures of the summary count.
CREATE TABLE welfare_status_change (
    id              uuid PRIMARY KEY,
    report_id       uuid         NOT NULL REFERENCES welfare_report (id),
    previous_status varchar(30),
    status          varchar(30)  NOT NULL,
    observed_at     timestamptz  NOT NULL,
    changed_by      varchar(200) NOT NULL,
    changed_at      timestamptz  NOT NULL
);
CREATE INDEX welfare_status_change_report ON welfare_status_change (report_id, changed_at);
CREATE INDEX welfare_status_change_status ON welfare_status_change (status, report_id);
