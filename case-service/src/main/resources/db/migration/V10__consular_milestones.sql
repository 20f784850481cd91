-- What Kemlu did about a case, learnt from kemlu.consular-events.v1, for the case timeline. Keyed by obligation:
-- the later consular events name only their obligation.
CREATE TABLE consular_obligation (
    obligation_id uuid PRIMARY KEY,
    case_id       uuid        NOT NULL,
    nationality   char(3)     NOT NULL,
    trigger       varchar(40) NOT NULL,
    opened_at     timestamptz NOT NULL
);
CREATE INDEX consular_obligation_case ON consular_obligation (case_id);

CREATE TABLE consular_milestone (
    event_id      uuid PRIMARY KEY,          -- the CloudEvents id: one milestone per event
    obligation_id uuid         NOT NULL REFERENCES consular_obligation (obligation_id),
    case_id       uuid         NOT NULL,
    type          varchar(40)  NOT NULL,
    summary       varchar(300) NOT NULL,
    occurred_at   timestamptz  NOT NULL
);
CREATE INDEX consular_milestone_case ON consular_milestone (case_id, occurred_at);
