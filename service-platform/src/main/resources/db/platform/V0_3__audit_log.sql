-- Who read identifiable personal data, when and why (UU 27/2022): append-only.
CREATE TABLE audit_log (
    id         uuid PRIMARY KEY,
    read_at    timestamptz  NOT NULL,
    subject    varchar(200) NOT NULL,
    roles      varchar(500) NOT NULL,
    what       varchar(100) NOT NULL,    -- e.g. "case detail", "custody notice"
    resource   varchar(200),              -- the id of what was read
    person_ref varchar(100),              -- the person it identifies, pseudonymised
    purpose    varchar(500),
    request_id varchar(100) NOT NULL,
    path       varchar(500)
);
CREATE INDEX audit_log_read_at ON audit_log (read_at DESC);
CREATE INDEX audit_log_subject ON audit_log (subject, read_at DESC);

-- Rows can be added, never changed or removed, whatever the application does.
CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
END;
$$;
CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
