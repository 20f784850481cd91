-- Issue 18: the VCCR sets no deadline for a consular visit. The 96 h access term is a service target: past it the
-- alert's level is TARGET_MISSED (too long for V3's varchar(10)), not BREACH. And the target's clock does not run while
-- a visit is scheduled at the time the post chose: paused_since is when that pause began (null: running); a step out of
-- it (a reschedule by the authorities, the visit, a cancellation) moves warning_at and due_at on by the pause.
ALTER TABLE deadline_alert ALTER COLUMN level TYPE varchar(20);
ALTER TABLE access_request ADD COLUMN paused_since timestamptz;
