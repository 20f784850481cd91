COMMENT ON TABLE case_tally IS 'Cases counted by kind, status at opening, nationality and province: a read model projected from wna.case-events.v1, rebuilt by POST /api/v1/admin/replay.';
