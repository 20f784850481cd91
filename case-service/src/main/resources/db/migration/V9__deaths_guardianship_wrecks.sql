-- The other consular triggers of VCCR Art. 37: a death (a), a guardianship need (b), a wreck or air crash (c).
ALTER TABLE person ADD COLUMN died_on date;

CREATE TABLE death_record (
    id               uuid PRIMARY KEY,
    case_id          uuid         NOT NULL REFERENCES case_file (id),
    person_id        uuid         NOT NULL REFERENCES person (id),
    died_on          date         NOT NULL,
    died_at          timestamptz,
    place_of_death   varchar(300) NOT NULL,
    province_code    char(2)      NOT NULL,
    province         varchar(60)  NOT NULL,
    cause            varchar(500),
    cause_category   varchar(20)  NOT NULL,
    remains_location varchar(300),
    next_of_kin      jsonb        NOT NULL DEFAULT '[]',
    custody_id       uuid REFERENCES custody_episode (id),
    recorded_by      varchar(200) NOT NULL,
    recorded_at      timestamptz  NOT NULL
);
-- A person dies once.
CREATE UNIQUE INDEX death_record_person ON death_record (person_id);
CREATE INDEX death_record_case ON death_record (case_id);

CREATE TABLE guardianship_need (
    id            uuid PRIMARY KEY,
    case_id       uuid         NOT NULL REFERENCES case_file (id),
    person_id     uuid         NOT NULL REFERENCES person (id),
    reason        varchar(50)  NOT NULL,
    current_care  varchar(300),
    province_code char(2)      NOT NULL,
    province      varchar(60)  NOT NULL,
    identified_at timestamptz  NOT NULL,
    recorded_by   varchar(200) NOT NULL,
    recorded_at   timestamptz  NOT NULL
);
CREATE INDEX guardianship_need_case ON guardianship_need (case_id);

CREATE TABLE wreck_or_crash (
    id               uuid PRIMARY KEY,
    case_id          uuid         NOT NULL UNIQUE REFERENCES case_file (id),
    craft_type       varchar(10)  NOT NULL,
    flag_state       char(3)      NOT NULL,
    craft            varchar(200) NOT NULL,
    registration     varchar(40),
    occurred_at      timestamptz  NOT NULL,
    place            varchar(300) NOT NULL,
    province_code    char(2)      NOT NULL,
    province         varchar(60)  NOT NULL,
    persons_on_board integer,
    dead             integer,
    missing          integer,
    recorded_by      varchar(200) NOT NULL,
    recorded_at      timestamptz  NOT NULL
);
