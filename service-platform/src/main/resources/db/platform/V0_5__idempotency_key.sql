-- Idempotent writes (Idempotency-Key header on POST): the first response to a key, replayed to retries of the same
-- request. Keys are scoped per caller (the token's subject), so two callers never see each other's results.
CREATE TABLE idempotency_key (
    subject               varchar(200)  NOT NULL,
    idem_key              varchar(255)  NOT NULL,
    method                varchar(10)   NOT NULL,
    path                  varchar(2000) NOT NULL,   -- with the query string
    body_sha256           char(64)      NOT NULL,   -- hex SHA-256 of the request body as received
    state                 varchar(20)   NOT NULL,   -- IN_PROGRESS, COMPLETED
    claim                 uuid          NOT NULL,   -- the request that holds the key; a stale claim can be taken over
    response_status       integer,
    response_location     varchar(2000),
    response_content_type varchar(200),
    response_body         bytea,
    created_at            timestamptz   NOT NULL,   -- when claimed (again, if taken over); kept wna.idempotency.retention
    completed_at          timestamptz,
    PRIMARY KEY (subject, idem_key)
);
CREATE INDEX idempotency_key_created_at ON idempotency_key (created_at);
