-- Issue 9, the largest gap between a figure and its budget (docs/benchmarks): the presence import wrote an
-- outbox_event row (jsonb payload, four indexes) per movement and reached 5,800-10,900 rows/s against 50,000; the
-- outbox row was the ceiling. A presence movement is one event, and this row holds all of it: from now on the row is
-- its own outbox record (platform OutboxTable). The relay claims unpublished movements in seq order per personRef,
-- builds each event's JSON when it sends it, and sets published_at after the broker's acknowledgement.

-- Recording order, as outbox_event.seq: events of one person leave in the order their movements were recorded.
ALTER TABLE presence_movement ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY;
ALTER TABLE presence_movement ADD COLUMN published_at timestamptz;
-- The events of the movements recorded before this migration were written to outbox_event and leave from there.
UPDATE presence_movement SET published_at = recorded_at;
-- The relay's only way into the table: small, it holds only what is still to be sent.
CREATE INDEX presence_movement_unpublished ON presence_movement (seq) WHERE published_at IS NULL;
