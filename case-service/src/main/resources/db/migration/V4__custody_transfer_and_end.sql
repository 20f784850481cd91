-- Where a person in custody was moved, and why custody ended: the consular follow-ups (transfer, release,
-- deportation, death in custody) start from these.
ALTER TABLE custody_episode ADD COLUMN end_reason varchar(30);

CREATE TABLE custody_transfer (
    id                 uuid PRIMARY KEY,
    custody_id         uuid         NOT NULL REFERENCES custody_episode (id),
    from_facility_type varchar(20)  NOT NULL,
    from_facility_code varchar(40),
    from_facility_name varchar(200) NOT NULL,
    to_facility_type   varchar(20)  NOT NULL,
    to_facility_code   varchar(40),
    to_facility_name   varchar(200) NOT NULL,
    to_province        varchar(60)  NOT NULL,
    reason             varchar(30)  NOT NULL,
    transferred_at     timestamptz  NOT NULL
);
CREATE INDEX custody_transfer_custody ON custody_transfer (custody_id, transferred_at);
