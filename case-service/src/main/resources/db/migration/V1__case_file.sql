CREATE TABLE case_file (
    id          uuid PRIMARY KEY,
    kind        varchar(30)  NOT NULL,
    status      varchar(30)  NOT NULL,
    nationality char(3)      NOT NULL,
    province    varchar(60)  NOT NULL,
    summary     varchar(2000),
    opened_at   timestamptz  NOT NULL,
    version     integer      NOT NULL DEFAULT 0
);
CREATE INDEX case_file_opened ON case_file (opened_at DESC);
CREATE INDEX case_file_nationality ON case_file (nationality);
