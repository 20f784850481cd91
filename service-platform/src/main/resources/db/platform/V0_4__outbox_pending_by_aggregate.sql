-- The relay reads an aggregate's pending events in order (seq is the order of recording).
CREATE INDEX outbox_event_pending_by_aggregate ON outbox_event (aggregate_id, seq) WHERE published_at IS NULL;
