-- Tests only: the table of the "usual sample code" endpoint CustodyIntakeBenchmark measures custody intake against.
CREATE TABLE bench_plain_record (
    id          uuid PRIMARY KEY,
    case_id     uuid         NOT NULL,
    facility    varchar(200) NOT NULL,
    started_at  timestamptz  NOT NULL
);

-- pgbench's equivalent transaction writes here rather than to the real outbox, which the running relay would publish.
CREATE TABLE bench_outbox_copy (LIKE outbox_event INCLUDING DEFAULTS);
