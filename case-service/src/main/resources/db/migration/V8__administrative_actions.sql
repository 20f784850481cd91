-- Immigration administrative actions (TAK, UU 6/2011 Pasal 75(2) a-f), deportations, the overstay tariff
-- (Pasal 78) and the immigration detention centres (Pasal 83) as reference data.

CREATE TABLE administrative_action_reference (
    action_type      varchar(40)  PRIMARY KEY,
    letter           char(1)      NOT NULL,
    description_id   varchar(300) NOT NULL,
    description_en   varchar(300) NOT NULL,
    -- Longest first term the law allows (extensions are new decisions); NULL when not time-bound.
    max_months       integer,
    lifetime_allowed boolean      NOT NULL DEFAULT false
);
INSERT INTO administrative_action_reference VALUES
 ('EXIT_BAN', 'a', 'Pencegahan: larangan keluar Wilayah Indonesia', 'Exit ban (pencegahan)', 6, false),
 ('ENTRY_BAN', 'a', 'Penangkalan: larangan masuk Wilayah Indonesia', 'Entry ban (penangkalan)', 120, true),
 ('STAY_PERMIT_RESTRICTION', 'b', 'Pembatasan Izin Tinggal', 'Restriction of the stay permit', NULL, false),
 ('STAY_PERMIT_CHANGE', 'b', 'Perubahan Izin Tinggal', 'Change of the stay permit', NULL, false),
 ('STAY_PERMIT_CANCELLATION', 'b', 'Pembatalan Izin Tinggal', 'Cancellation of the stay permit', NULL, false),
 ('PLACE_PROHIBITION', 'c', 'Larangan untuk berada di satu atau beberapa tempat tertentu di Wilayah Indonesia',
  'Prohibition to be in one or more places in Indonesia', NULL, false),
 ('RESIDENCE_OBLIGATION', 'd', 'Keharusan untuk bertempat tinggal di suatu tempat tertentu di Wilayah Indonesia',
  'Obligation to reside in a certain place in Indonesia', NULL, false),
 ('CHARGE', 'e', 'Pengenaan biaya beban', 'A charge (biaya beban), e.g. for an overstay', NULL, false),
 ('DEPORTATION', 'f', 'Deportasi dari Wilayah Indonesia', 'Deportation from Indonesia', NULL, false);

CREATE TABLE administrative_action (
    id                uuid PRIMARY KEY,
    case_id           uuid         NOT NULL REFERENCES case_file (id),
    person_id         uuid         NOT NULL REFERENCES person (id),
    action_type       varchar(40)  NOT NULL REFERENCES administrative_action_reference (action_type),
    decision_number   varchar(100) NOT NULL,
    decided_on        date         NOT NULL,
    effective_from    date         NOT NULL,
    effective_until   date,
    lifetime          boolean      NOT NULL DEFAULT false,
    overstay_days     integer,
    charge_amount_idr bigint,
    legal_basis       varchar(100) NOT NULL,
    reason            varchar(500),
    recorded_by       varchar(200) NOT NULL,
    recorded_at       timestamptz  NOT NULL
);
CREATE INDEX administrative_action_case ON administrative_action (case_id);
-- One decision number names one action of one type: a retried form does not record it twice.
CREATE UNIQUE INDEX administrative_action_decision ON administrative_action (decision_number, action_type);

CREATE TABLE deportation (
    id                        uuid PRIMARY KEY,
    case_id                   uuid         NOT NULL REFERENCES case_file (id),
    person_id                 uuid         NOT NULL REFERENCES person (id),
    action_id                 uuid         NOT NULL REFERENCES administrative_action (id),
    destination_country       char(3)      NOT NULL,
    planned_departure_on      date,
    cost_borne_by             varchar(20)  NOT NULL,
    entry_ban_until           date,
    awaiting_travel_document  boolean      NOT NULL,
    travel_document_issued_on date,
    port_of_exit              varchar(40),
    departed_at               timestamptz,
    decided_at                timestamptz  NOT NULL,
    version                   integer      NOT NULL DEFAULT 0
);
CREATE INDEX deportation_case ON deportation (case_id);

-- Overstay charge per day (Pasal 78(2)); from 60 days on, deportation and entry ban instead (Pasal 78(3)).
-- Rates change by government regulation (PP on non-tax state revenue), so they are rows with effective dates.
CREATE TABLE overstay_tariff (
    effective_from        date         PRIMARY KEY,
    daily_rate_idr        bigint       NOT NULL,
    deportation_from_days integer      NOT NULL,
    legal_basis           varchar(200) NOT NULL
);
-- [check] effective dates against the regulations' promulgation (PP 45/2014, PP 28/2019).
INSERT INTO overstay_tariff VALUES
 ('2014-06-30', 300000, 60, 'UU 6/2011 Pasal 78; PP 45/2014'),
 ('2019-05-02', 1000000, 60, 'UU 6/2011 Pasal 78; PP 28/2019');

-- The 13 immigration detention centres (Rumah Detensi Imigrasi, Pasal 83); ruang detensi are rooms in immigration
-- offices and are named as given.
CREATE TABLE detention_facility (
    code          varchar(40)  PRIMARY KEY,
    facility_type varchar(20)  NOT NULL,
    name          varchar(200) NOT NULL,
    city          varchar(100) NOT NULL,
    province_code char(2)      NOT NULL
);
INSERT INTO detention_facility VALUES
 ('RUDENIM-TANJUNGPINANG', 'RUDENIM', 'Rumah Detensi Imigrasi Tanjungpinang', 'Tanjungpinang', '21'),
 ('RUDENIM-JAKARTA', 'RUDENIM', 'Rumah Detensi Imigrasi Jakarta', 'Jakarta', '31'),
 ('RUDENIM-MEDAN', 'RUDENIM', 'Rumah Detensi Imigrasi Medan', 'Medan', '12'),
 ('RUDENIM-PEKANBARU', 'RUDENIM', 'Rumah Detensi Imigrasi Pekanbaru', 'Pekanbaru', '14'),
 ('RUDENIM-SEMARANG', 'RUDENIM', 'Rumah Detensi Imigrasi Semarang', 'Semarang', '33'),
 ('RUDENIM-SURABAYA', 'RUDENIM', 'Rumah Detensi Imigrasi Surabaya', 'Surabaya', '35'),
 ('RUDENIM-PONTIANAK', 'RUDENIM', 'Rumah Detensi Imigrasi Pontianak', 'Pontianak', '61'),
 ('RUDENIM-BALIKPAPAN', 'RUDENIM', 'Rumah Detensi Imigrasi Balikpapan', 'Balikpapan', '64'),
 ('RUDENIM-MANADO', 'RUDENIM', 'Rumah Detensi Imigrasi Manado', 'Manado', '71'),
 ('RUDENIM-DENPASAR', 'RUDENIM', 'Rumah Detensi Imigrasi Denpasar', 'Denpasar', '51'),
 ('RUDENIM-KUPANG', 'RUDENIM', 'Rumah Detensi Imigrasi Kupang', 'Kupang', '53'),
 ('RUDENIM-MAKASSAR', 'RUDENIM', 'Rumah Detensi Imigrasi Makassar', 'Makassar', '73'),
 ('RUDENIM-JAYAPURA', 'RUDENIM', 'Rumah Detensi Imigrasi Jayapura', 'Jayapura', '94');
