-- The outbound side of reciprocity (DOMAIN.md section 5): facts on Indonesians (WNI) in a country, reported per month
-- by a source (Portal Peduli WNI, a mission such as KBRI Kuala Lumpur), and the visa regimes each way. Entered through
-- the API or a CSV import; not a projection of any topic, so replay never clears these tables.

-- One report: a country, a month, a source, and the counts it gives (null: not reported, distinct from 0).
CREATE TABLE outbound_report (
    id                          uuid         PRIMARY KEY,
    country                     varchar(3)   NOT NULL,
    month                       varchar(7)   NOT NULL,   -- YYYY-MM
    source                      varchar(200) NOT NULL,
    wni_present                 bigint,
    wni_cases                   bigint,
    wni_detained                bigint,
    wni_notified                bigint,
    wni_notified_within_72h     bigint,
    wni_access_requested        bigint,
    wni_access_granted          bigint,
    wni_deported                bigint,
    version                     bigint       NOT NULL DEFAULT 0,
    created_at                  timestamptz  NOT NULL,
    created_by                  varchar(200) NOT NULL,
    updated_at                  timestamptz  NOT NULL,
    updated_by                  varchar(200) NOT NULL,
    updated_via                 varchar(10)  NOT NULL CHECK (updated_via IN ('API', 'CSV')),
    CONSTRAINT outbound_report_month CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    CONSTRAINT outbound_report_not_negative CHECK (wni_present >= 0 AND wni_cases >= 0 AND wni_detained >= 0
        AND wni_notified >= 0 AND wni_notified_within_72h >= 0 AND wni_access_requested >= 0
        AND wni_access_granted >= 0 AND wni_deported >= 0),
    CONSTRAINT outbound_report_notified CHECK (wni_notified <= wni_detained AND wni_notified_within_72h <= wni_notified),
    CONSTRAINT outbound_report_access CHECK (wni_access_granted <= wni_access_requested)
);
-- One report per country, month and source (the source compared without case): a second one replaces it.
CREATE UNIQUE INDEX outbound_report_key ON outbound_report (country, month, lower(source));
CREATE INDEX outbound_report_month_idx ON outbound_report (month, country);

-- Every version of every report, as written: who, when, through which channel, and the counts it gave.
CREATE TABLE outbound_report_history (
    id                          uuid         PRIMARY KEY,
    report_id                   uuid         NOT NULL REFERENCES outbound_report (id) ON DELETE CASCADE,
    version                     bigint       NOT NULL,
    action                      varchar(10)  NOT NULL CHECK (action IN ('CREATED', 'REPLACED')),
    changed_at                  timestamptz  NOT NULL,
    by_subject                  varchar(200) NOT NULL,
    via                         varchar(10)  NOT NULL CHECK (via IN ('API', 'CSV')),
    source                      varchar(200) NOT NULL,
    wni_present                 bigint,
    wni_cases                   bigint,
    wni_detained                bigint,
    wni_notified                bigint,
    wni_notified_within_72h     bigint,
    wni_access_requested        bigint,
    wni_access_granted          bigint,
    wni_deported                bigint,
    CONSTRAINT outbound_report_history_version UNIQUE (report_id, version)
);

-- The visa regime each way, as in force: what Indonesia applies to the country's nationals, what the country applies
-- to Indonesians. Values of id.go.wna.reciprocity.domain.VisaRegime.
CREATE TABLE visa_regime (
    country                     varchar(3)    PRIMARY KEY,
    indonesia_to_country        varchar(30)   NOT NULL,
    country_to_indonesia        varchar(30)   NOT NULL,
    stay_days_indonesia_grants  integer       CHECK (stay_days_indonesia_grants > 0),
    stay_days_country_grants    integer       CHECK (stay_days_country_grants > 0),
    legal_basis                 varchar(1000),
    notes                       varchar(2000),
    version                     bigint        NOT NULL DEFAULT 0,
    updated_at                  timestamptz   NOT NULL DEFAULT now(),
    updated_by                  varchar(200)  NOT NULL,
    CONSTRAINT visa_regime_values CHECK (
        indonesia_to_country IN ('VISA_FREE', 'VISA_ON_ARRIVAL_OR_EVISA', 'VISA_REQUIRED', 'RESTRICTED')
        AND country_to_indonesia IN ('VISA_FREE', 'VISA_ON_ARRIVAL_OR_EVISA', 'VISA_REQUIRED', 'RESTRICTED'))
);

-- Every version of every regime, as written.
CREATE TABLE visa_regime_history (
    country                     varchar(3)    NOT NULL,
    version                     bigint        NOT NULL,
    changed_at                  timestamptz   NOT NULL,
    by_subject                  varchar(200)  NOT NULL,
    indonesia_to_country        varchar(30)   NOT NULL,
    country_to_indonesia        varchar(30)   NOT NULL,
    stay_days_indonesia_grants  integer,
    stay_days_country_grants    integer,
    legal_basis                 varchar(1000),
    notes                       varchar(2000),
    PRIMARY KEY (country, version)
);

-- Seed: a few well-known regimes, every one [check] (README "Outbound facts and visa regimes"). Stay days only where
-- well established; left null otherwise. The joint team corrects or completes them through PUT .../visa-regime.
INSERT INTO visa_regime (country, indonesia_to_country, country_to_indonesia, stay_days_indonesia_grants,
                         stay_days_country_grants, legal_basis, notes, updated_by) VALUES
('MYS', 'VISA_FREE', 'VISA_FREE', 30, 30,
 'ASEAN Framework Agreement on Visa Exemption (2006); Indonesian visit visa exemption (bebas visa kunjungan, Perpres 21/2016 and later amendments) [check]',
 'ASEAN: visa-free both ways for ordinary passports [check]', 'V3 migration'),
('SGP', 'VISA_FREE', 'VISA_FREE', 30, 30,
 'ASEAN Framework Agreement on Visa Exemption (2006); Indonesian visit visa exemption (bebas visa kunjungan, Perpres 21/2016 and later amendments) [check]',
 'ASEAN: visa-free both ways for ordinary passports [check]', 'V3 migration'),
('THA', 'VISA_FREE', 'VISA_FREE', 30, NULL,
 'ASEAN Framework Agreement on Visa Exemption (2006); Indonesian visit visa exemption (bebas visa kunjungan, Perpres 21/2016 and later amendments) [check]',
 'ASEAN: visa-free both ways; the stay Thailand grants Indonesians has changed in recent years (30 or 60 days), left open [check]', 'V3 migration'),
('PHL', 'VISA_FREE', 'VISA_FREE', 30, 30,
 'ASEAN Framework Agreement on Visa Exemption (2006); Indonesian visit visa exemption (bebas visa kunjungan, Perpres 21/2016 and later amendments) [check]',
 'ASEAN: visa-free both ways for ordinary passports [check]', 'V3 migration'),
('AUS', 'VISA_ON_ARRIVAL_OR_EVISA', 'VISA_REQUIRED', 30, NULL,
 'Indonesia: visa on arrival / e-VOA for Australian nationals (Kemenkumham / Ditjen Imigrasi list of VOA countries); Australia: Visitor visa (subclass 600) required of Indonesians [check]',
 'Asymmetric: Australians get a VOA, Indonesians need a visa [check]', 'V3 migration'),
('USA', 'VISA_ON_ARRIVAL_OR_EVISA', 'VISA_REQUIRED', 30, NULL,
 'Indonesia: visa on arrival / e-VOA for US nationals (Ditjen Imigrasi list of VOA countries); United States: B-1/B-2 visitor visa required of Indonesians (Indonesia is not in the Visa Waiver Program) [check]',
 'Asymmetric [check]', 'V3 migration'),
('JPN', 'VISA_ON_ARRIVAL_OR_EVISA', 'VISA_ON_ARRIVAL_OR_EVISA', 30, 15,
 'Indonesia: visa on arrival / e-VOA for Japanese nationals (Ditjen Imigrasi list of VOA countries); Japan: visa exemption for Indonesian e-passport holders registered in advance with a Japanese mission (since 2014), otherwise a visa [check]',
 'Japan''s waiver needs prior registration of the e-passport: counted as e-visa-like (0.6), not visa-free [check]', 'V3 migration');

INSERT INTO visa_regime_history (country, version, changed_at, by_subject, indonesia_to_country, country_to_indonesia,
                                 stay_days_indonesia_grants, stay_days_country_grants, legal_basis, notes)
SELECT country, version, updated_at, updated_by, indonesia_to_country, country_to_indonesia, stay_days_indonesia_grants,
       stay_days_country_grants, legal_basis, notes
FROM visa_regime;
