-- Every later stage of a custody episode that the consular post is told of (CustodyFollowUpIssued.v1 on the
-- restricted wna.custody-notices.v1): those issued automatically by a transfer or the end of custody, and those only
-- officers know (serious illness, hospital admission, the stages of a death-penalty case). One row per notice issued.
ALTER TABLE custody_transfer ADD COLUMN to_facility_address varchar(300);

CREATE TABLE custody_follow_up (
    id               uuid PRIMARY KEY,
    custody_id       uuid         NOT NULL REFERENCES custody_episode (id),
    case_id          uuid         NOT NULL REFERENCES case_file (id),
    stage            varchar(40)  NOT NULL,
    origin           varchar(20)  NOT NULL,   -- TRANSFER, CUSTODY_END (issued automatically) or OFFICER
    transfer_id      uuid REFERENCES custody_transfer (id),
    occurred_at      timestamptz  NOT NULL,
    facility_type    varchar(20),             -- the new place of detention, after a transfer or an admission
    facility_code    varchar(40),
    facility_name    varchar(200),
    facility_address varchar(300),
    province         varchar(60),
    court            varchar(200),
    scheduled_at     timestamptz,
    details          varchar(500),
    recorded_by      varchar(200) NOT NULL,
    issued_at        timestamptz  NOT NULL
);
CREATE INDEX custody_follow_up_custody ON custody_follow_up (custody_id, occurred_at);
CREATE INDEX custody_follow_up_case ON custody_follow_up (case_id);
