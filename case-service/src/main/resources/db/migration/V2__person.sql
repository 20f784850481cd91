-- Foreign nationals as Imigrasi records them: identity as printed and as in the MRZ, documents, stay permit,
-- vulnerability and immunity. Identity never leaves this service except on the restricted custody-notice topic.
CREATE TABLE person (
    id                        uuid PRIMARY KEY,
    surname                   varchar(200) NOT NULL,
    given_names               varchar(200) NOT NULL,
    mrz_surname               varchar(200),
    mrz_given_names           varchar(200),
    search_name               varchar(500) NOT NULL,   -- lower case, accents removed: what name search matches
    sex                       char(1)      NOT NULL,   -- M, F, X
    birth_date                date         NOT NULL,
    birth_place               varchar(200),
    asylum_seeker_or_refugee  boolean      NOT NULL DEFAULT false,
    unhcr_number              varchar(40),
    trafficking_victim        boolean      NOT NULL DEFAULT false,
    immunity                  varchar(30)  NOT NULL DEFAULT 'NONE',
    stay_permit_type          varchar(20),
    stay_permit_valid_from    date,
    stay_permit_valid_until   date,
    created_at                timestamptz  NOT NULL,
    version                   integer      NOT NULL DEFAULT 0
);
CREATE INDEX person_search_name ON person (search_name);

-- ICAO Doc 9303 codes, in the order given (a dual national has two rows).
CREATE TABLE person_nationality (
    person_id uuid       NOT NULL REFERENCES person (id),
    position  integer    NOT NULL,
    code      varchar(3) NOT NULL,
    PRIMARY KEY (person_id, position)
);
CREATE INDEX person_nationality_code ON person_nationality (code);

CREATE TABLE person_language (
    person_id uuid        NOT NULL REFERENCES person (id),
    position  integer     NOT NULL,
    code      varchar(12) NOT NULL,
    PRIMARY KEY (person_id, position)
);

CREATE TABLE travel_document (
    id            uuid PRIMARY KEY,
    person_id     uuid        NOT NULL REFERENCES person (id),
    type          varchar(2)  NOT NULL,
    number        varchar(20) NOT NULL,
    issuing_state varchar(3)  NOT NULL,
    expiry        date,
    -- One document, one person: the same number from the same state twice is the same person.
    CONSTRAINT travel_document_unique UNIQUE (issuing_state, number)
);
CREATE INDEX travel_document_person ON travel_document (person_id);
