-- What decides whether an arrest was owed a consular notice (docs/domain.md, Reciprocity): besides the regime and the
-- first notice, the reasons of the latest regime (an Art. 42 escalation of consular staff is owed a notice, a
-- diplomatic-immunity escalation is not) and the detainee's answers under ON_REQUEST (RightsAdvised.v1). The latest
-- request and the latest refusal are kept apart, so the answer that holds does not depend on the order events arrive.
-- Rows projected before this migration have these columns empty: POST /api/v1/admin/replay fills them from the topic.
ALTER TABLE inbound_obligation
    ADD COLUMN regime_reasons text,                  -- RegimeDetermined.reasons of the latest regime, comma-separated
    ADD COLUMN notification_requested_at timestamptz, -- advisedAt of the latest RightsAdvised answered NOTIFY_REQUESTED
    ADD COLUMN notification_declined_at  timestamptz; -- advisedAt of the latest RightsAdvised answered NOTIFY_DECLINED
