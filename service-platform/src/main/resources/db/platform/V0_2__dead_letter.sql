-- Records a consumer could not process after bounded retries, kept for operators to inspect and re-drive.
-- The same record is also published to <consumer-group>.dlq for tools that watch Kafka.
CREATE TABLE dead_letter (
    id               uuid PRIMARY KEY,
    consumer         varchar(100) NOT NULL,
    source_topic     varchar(200) NOT NULL,
    source_partition integer      NOT NULL,
    source_offset    bigint       NOT NULL,
    record_key       text,
    record_value     text,
    headers          jsonb        NOT NULL,
    event_id         varchar(100),
    event_type       varchar(150),
    reason           varchar(40)  NOT NULL,   -- NOT_A_CLOUDEVENT, UNKNOWN_TYPE, BAD_JSON, SCHEMA_VIOLATION, HANDLER_ERROR
    error            text         NOT NULL,
    attempts         integer      NOT NULL,
    failed_at        timestamptz  NOT NULL,
    dlq_published_at timestamptz,
    status           varchar(20)  NOT NULL,   -- PENDING, REDRIVEN
    redriven_at      timestamptz,
    redriven_value_changed boolean,
    UNIQUE (consumer, source_topic, source_partition, source_offset)
);
CREATE INDEX dead_letter_pending ON dead_letter (failed_at) WHERE status = 'PENDING';
