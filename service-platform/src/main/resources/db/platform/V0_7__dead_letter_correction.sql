-- The value an operator re-drove a dead letter with, when corrected: re-drives apply records in the consuming service
-- (a service may not write its producers' topics), so a replay that meets the dead-lettered record again applies this
-- correction instead of failing on the original.
ALTER TABLE dead_letter ADD COLUMN redriven_value bytea;
