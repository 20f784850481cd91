-- Cases Imigrasi reported on wna.case-events.v1: what consular obligations will refer to.
CREATE TABLE reported_case (
    case_id     uuid PRIMARY KEY,
    kind        varchar(30) NOT NULL,
    nationality char(3)     NOT NULL,
    province    varchar(60) NOT NULL,
    opened_at   timestamptz NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reported_case_nationality ON reported_case (nationality);
