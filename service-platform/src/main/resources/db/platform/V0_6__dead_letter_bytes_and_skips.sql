-- Dead letters keep the exact bytes of a record: key, value and headers may hold anything (not UTF-8, NUL), which text
-- columns refuse. Rows kept before this change are converted; their headers stay in the old column (legacy_headers).
ALTER TABLE dead_letter ADD COLUMN key_bytes bytea, ADD COLUMN value_bytes bytea, ADD COLUMN header_bytes bytea;
UPDATE dead_letter SET key_bytes = convert_to(record_key, 'UTF8'), value_bytes = convert_to(record_value, 'UTF8');
ALTER TABLE dead_letter DROP COLUMN record_key, DROP COLUMN record_value;
ALTER TABLE dead_letter RENAME COLUMN headers TO legacy_headers;
ALTER TABLE dead_letter ALTER COLUMN legacy_headers DROP NOT NULL;

-- An operator's request to skip a record a consumer is stuck on (audited): the consumer keeps it as a dead letter
-- with reason SKIPPED_BY_OPERATOR and goes on. Any instance of the service may hold the partition, so it is a row.
CREATE TABLE consumer_skip (
    id               uuid PRIMARY KEY,
    consumer         varchar(100) NOT NULL,
    source_topic     varchar(255) NOT NULL,
    source_partition integer      NOT NULL,
    source_offset    bigint       NOT NULL,
    requested_by     varchar(255) NOT NULL,
    requested_at     timestamptz  NOT NULL,
    reason           text         NOT NULL,
    dead_letter_id   uuid,
    done_at          timestamptz,
    UNIQUE (consumer, source_topic, source_partition, source_offset)
);
