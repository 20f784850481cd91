-- Cases name the person they concern; custody episodes are the consular trigger (VCCR Art. 36).
ALTER TABLE case_file ADD COLUMN person_id uuid REFERENCES person (id);
CREATE INDEX case_file_person ON case_file (person_id);

CREATE TABLE custody_episode (
    id                    uuid PRIMARY KEY,
    case_id               uuid         NOT NULL REFERENCES case_file (id),
    person_id             uuid         NOT NULL REFERENCES person (id),
    custody_type          varchar(30)  NOT NULL,
    facility_type         varchar(20)  NOT NULL,
    facility_code         varchar(40),
    facility_name         varchar(200) NOT NULL,
    facility_address      varchar(300),
    province              varchar(60)  NOT NULL,
    arresting_authority   varchar(40)  NOT NULL,
    arrest_place          varchar(200),
    started_at            timestamptz  NOT NULL,
    identified_foreign_at timestamptz,
    ended_at              timestamptz,
    version               integer      NOT NULL DEFAULT 0
);
-- A person is in at most one custody at a time, whatever the case: the database holds the line too.
CREATE UNIQUE INDEX custody_one_open_per_person ON custody_episode (person_id) WHERE ended_at IS NULL;
CREATE INDEX custody_episode_case ON custody_episode (case_id);
