-- The case lifecycle (REPORTED → VERIFIED → ACTIVE → RESOLVED → ARCHIVED), readable case numbers, BPS province
-- codes, and the agencies that reported and lead a case.
ALTER TABLE case_file ADD COLUMN case_number      varchar(30);
ALTER TABLE case_file ADD COLUMN province_code    char(2);
ALTER TABLE case_file ADD COLUMN stage            varchar(40);
ALTER TABLE case_file ADD COLUMN outcome          varchar(30);
ALTER TABLE case_file ADD COLUMN reporting_agency varchar(30);
ALTER TABLE case_file ADD COLUMN lead_agency      varchar(30);
ALTER TABLE case_file ADD COLUMN status_changed_at timestamptz;

-- Cases recorded before the lifecycle existed were OPEN: they are reports nobody has verified yet.
UPDATE case_file SET status = 'REPORTED' WHERE status = 'OPEN';
UPDATE case_file SET case_number = 'OLD-' || upper(left(id::text, 8)), reporting_agency = 'IMIGRASI',
                     lead_agency = 'IMIGRASI', status_changed_at = opened_at
 WHERE case_number IS NULL;
ALTER TABLE case_file ALTER COLUMN case_number SET NOT NULL;
ALTER TABLE case_file ALTER COLUMN reporting_agency SET NOT NULL;
ALTER TABLE case_file ALTER COLUMN lead_agency SET NOT NULL;
ALTER TABLE case_file ALTER COLUMN status_changed_at SET NOT NULL;
CREATE UNIQUE INDEX case_file_number ON case_file (case_number);
CREATE INDEX case_file_status ON case_file (status, opened_at DESC);
CREATE INDEX case_file_province_code ON case_file (province_code);

-- Case numbers run per year without gaps: the counter row is locked by the transaction that opens the case.
CREATE TABLE case_number_counter (
    year integer PRIMARY KEY,
    last integer NOT NULL
);

-- Every status change, for the timeline and the audit of who moved the case.
CREATE TABLE case_transition (
    id           uuid PRIMARY KEY,
    case_id      uuid         NOT NULL REFERENCES case_file (id),
    from_status  varchar(30)  NOT NULL,
    from_stage   varchar(40),
    to_status    varchar(30)  NOT NULL,
    to_stage     varchar(40),
    outcome      varchar(30),
    reason       varchar(500),
    changed_by   varchar(200) NOT NULL,
    changed_at   timestamptz  NOT NULL
);
CREATE INDEX case_transition_case ON case_transition (case_id, changed_at);
