-- Open cases counted by kind, status, nationality and province: a read model projected from wna.case-events.v1.
CREATE TABLE case_tally (
    kind        varchar(30) NOT NULL,
    status      varchar(30) NOT NULL,
    nationality char(3)     NOT NULL,
    province    varchar(60) NOT NULL,
    cases       integer     NOT NULL,
    PRIMARY KEY (kind, status, nationality, province)
);
