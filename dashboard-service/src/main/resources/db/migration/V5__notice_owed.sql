-- Issue 18: whether an obligation is open, owed an advisement or a notice to the post (docs/domain.md), independent
-- of the order the events arrive in. V3 read the regime and the rights answer of whichever event was applied last,
-- and left out every ESCALATED obligation, though an Art. 42 arrest of consular staff is owed a notice to the head of
-- post (only a diplomatic-immunity escalation is not). Now:
--   * the regime, its reasons and the nationality are those of the latest RegimeDetermined by determinedAt;
--   * the latest request and the latest refusal (RightsAdvised.advisedAt) are kept apart, so whichever came last holds;
--   * rights_answer (the answer applied last) is dropped: nothing may depend on arrival order.
-- Rows projected before this migration have the new columns empty: POST /api/v1/admin/replay fills them from the topic.
ALTER TABLE consular_obligation
    ADD COLUMN regime_reasons            text,        -- RegimeDetermined.reasons of the latest regime, comma-separated
    ADD COLUMN regime_determined_at      timestamptz, -- determinedAt of the latest RegimeDetermined
    ADD COLUMN notification_requested_at timestamptz, -- advisedAt of the latest RightsAdvised answered NOTIFY_REQUESTED
    ADD COLUMN notification_declined_at  timestamptz; -- advisedAt of the latest RightsAdvised answered NOTIFY_DECLINED

DROP INDEX consular_obligation_open;
ALTER TABLE consular_obligation DROP COLUMN notice_owed;
ALTER TABLE consular_obligation DROP COLUMN rights_answer;

-- Owed a notice, by the latest regime:
--   * none determined yet, or PENDING (nationality unspecified, XXX, being established): the duty is pending, so the
--     obligation stays open and is counted as awaiting a notice until a regime says otherwise;
--   * MANDATORY (bilateral arrangement, death, Art. 37, a child): whatever the person says;
--   * ON_REQUEST: open until the person declines, as notification-service keeps it (the advisement, then the notice on
--     request, are still owed); a later request reopens it (the latest request not older than the latest refusal: a
--     tie counts as asked). reciprocity-service's compliance share counts only those who asked: a different question;
--   * ESCALATED for consular staff (VCCR Art. 42: the head of post); not for diplomatic immunity (Protocol);
--   * or a first notice was actually sent, whatever the regime.
-- NOT_APPLICABLE (Indonesian, stateless) and SUPPRESSED (asylum) owe none unless notified after all.
ALTER TABLE consular_obligation ADD COLUMN notice_owed boolean GENERATED ALWAYS AS (COALESCE(
        regime IS NULL OR regime IN ('PENDING', 'MANDATORY')
        OR regime = 'ON_REQUEST' AND (notification_declined_at IS NULL
           OR notification_requested_at IS NOT NULL AND notification_requested_at >= notification_declined_at)
        OR regime = 'ESCALATED' AND 'CONSULAR_STAFF' = ANY (string_to_array(regime_reasons, ','))
           AND NOT 'DIPLOMATIC_IMMUNITY' = ANY (string_to_array(regime_reasons, ','))
        OR notified_at IS NOT NULL, false)) STORED;
CREATE INDEX consular_obligation_open ON consular_obligation (nationality) WHERE notice_owed AND notified_at IS NULL;

COMMENT ON TABLE consular_obligation IS 'One row per consular obligation of kemlu.consular-events.v1: the latest regime (by determinedAt) with its reasons and nationality, the latest request and refusal of notification, whether a notice is owed (generated), first notice (INITIAL or DEATH: time, delay) and NOTIFICATION breach. Its province is read at query time from custody_record or case_record (UNKNOWN until known).';
COMMENT ON TABLE consular_breach IS 'Every consular deadline passed (DeadlineBreached, any clock), kept as a fact: the deadline-breaches series leaves out ACCESS_TARGET_MISSED (a visit not held within the service target is no breach of law) and access-targets-missed counts it.';
