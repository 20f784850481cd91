-- Issue 18: welfare monitoring over time. Kemlu reports its monitoring as how many foreigners ever reached each status
-- (close contacts, confirmed, recovered, returned home, died), not only where each stands now: one row per report and
-- status reached, at the first time it was reached. Rebuilt by POST /api/v1/admin/replay.

CREATE TABLE welfare_status_reached (
    welfare_report_id uuid        NOT NULL,
    status            varchar(30) NOT NULL,
    crisis            varchar(60) NOT NULL,
    nationality       varchar(3)  NOT NULL,
    province          varchar(60),
    reached_at        timestamptz NOT NULL,
    PRIMARY KEY (welfare_report_id, status)
);
CREATE INDEX welfare_status_reached_at ON welfare_status_reached (reached_at);
COMMENT ON TABLE welfare_status_reached IS 'Each status a welfare report reached (WelfareStatusChanged), at the first time it was reached; a report that reaches a status again (a recovered person exposed again) counts once for it.';
