-- Cases opened per country, month and kind: facts projected from wna.case-events.v1 (rebuildable by replay).
CREATE TABLE country_case_fact (
    iso3         char(3)     NOT NULL,
    period       char(7)     NOT NULL,   -- YYYY-MM (UTC) of opening
    kind         varchar(30) NOT NULL,
    cases_opened integer     NOT NULL,
    PRIMARY KEY (iso3, period, kind)
);
