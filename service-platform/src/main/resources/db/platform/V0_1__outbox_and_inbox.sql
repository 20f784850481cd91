-- Shared mechanisms of every WNA service (service-platform). Service migrations start at V1.

-- Transactional outbox: written in the same transaction as the business change, published by OutboxRelay.
CREATE TABLE outbox_event (
    id             uuid PRIMARY KEY,
    seq            bigserial NOT NULL UNIQUE,          -- commit order, so events leave in the order they were recorded
    topic          varchar(200) NOT NULL,
    aggregate_type varchar(100) NOT NULL,
    aggregate_id   varchar(100) NOT NULL,              -- the Kafka key: one aggregate's events stay on one partition
    type           varchar(150) NOT NULL,              -- CloudEvents ce_type, e.g. CaseOpened.v1
    payload        jsonb        NOT NULL,
    occurred_at    timestamptz  NOT NULL,
    published_at   timestamptz
);
CREATE INDEX outbox_event_pending ON outbox_event (seq) WHERE published_at IS NULL;

-- Idempotent consumers: the event id is inserted first, in the transaction of the effect.
CREATE TABLE processed_event (
    consumer     varchar(100) NOT NULL,
    event_id     varchar(100) NOT NULL,
    processed_at timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
