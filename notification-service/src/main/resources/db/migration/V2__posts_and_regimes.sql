-- The foreign-mission directory (posts and their consular districts) and the per-country consular notification
-- regimes (VCCR Art. 36; DOMAIN.md section 3). Seed data: see README "Posts and regimes" for what is [check].

CREATE TABLE post (
    code            varchar(40)  PRIMARY KEY,
    country         char(3)      NOT NULL,
    type            varchar(30)  NOT NULL,
    name            varchar(200) NOT NULL,
    city            varchar(100),
    address         varchar(500),
    email           varchar(200),
    fax             varchar(50),
    phone           varchar(50),
    -- ISO 3166-1 alpha-3 of the country the post sits in when it is accredited to Indonesia from abroad; null: in Indonesia
    accredited_from char(3),
    active          boolean      NOT NULL DEFAULT true,
    version         bigint       NOT NULL DEFAULT 0,
    updated_at      timestamptz  NOT NULL DEFAULT now(),
    updated_by      varchar(200) NOT NULL DEFAULT 'V2 migration',
    CONSTRAINT post_type_known CHECK (type IN ('EMBASSY', 'CONSULATE_GENERAL', 'CONSULATE', 'HONORARY_CONSULATE', 'REPRESENTATIVE_OFFICE'))
);
CREATE INDEX post_country ON post (country);

-- The consular district: the BPS province codes a post covers. An embassy without rows covers every province not
-- covered by another post of its country.
CREATE TABLE post_district (
    post_code     varchar(40) NOT NULL REFERENCES post (code) ON DELETE CASCADE,
    province_code char(2)     NOT NULL,
    PRIMARY KEY (post_code, province_code)
);
CREATE INDEX post_district_province ON post_district (province_code);

-- A country's consular notification regime; a country without a row has the VCCR defaults (on request).
CREATE TABLE regime (
    country                           char(3)      PRIMARY KEY,
    kind                              varchar(20)  NOT NULL CHECK (kind IN ('MANDATORY', 'ON_REQUEST')),
    legal_basis                       varchar(1000) NOT NULL,
    advisement_within_hours           integer      NOT NULL CHECK (advisement_within_hours > 0),
    notification_warning_after_hours  integer      NOT NULL CHECK (notification_warning_after_hours > 0),
    notification_due_within_hours     integer      NOT NULL CHECK (notification_due_within_hours > 0),
    acknowledgement_chase_after_hours integer      NOT NULL CHECK (acknowledgement_chase_after_hours > 0),
    access_within_hours               integer      NOT NULL CHECK (access_within_hours > 0),
    version                           bigint       NOT NULL DEFAULT 0,
    updated_at                        timestamptz  NOT NULL DEFAULT now(),
    updated_by                        varchar(200) NOT NULL,
    CONSTRAINT regime_warning_before_due CHECK (notification_warning_after_hours < notification_due_within_hours)
);

-- Indonesia's known mandatory-notification arrangements (2018 list) [check]; deadlines: the recommended defaults.
INSERT INTO regime (country, kind, legal_basis, advisement_within_hours, notification_warning_after_hours,
                    notification_due_within_hours, acknowledgement_chase_after_hours, access_within_hours, updated_by) VALUES
('AUS', 'MANDATORY', 'Bilateral consular notification arrangement between the Republic of Indonesia and Australia: the authorities notify the post of every detained Australian national, whether or not the detainee asks (Kemlu list of mandatory-notification arrangements, 2018) [check]', 6, 24, 72, 48, 96, 'V2 migration'),
('BRN', 'MANDATORY', 'Bilateral consular notification arrangement between the Republic of Indonesia and Brunei Darussalam: the authorities notify the post of every detained Bruneian national, whether or not the detainee asks (Kemlu list of mandatory-notification arrangements, 2018) [check]', 6, 24, 72, 48, 96, 'V2 migration'),
('PHL', 'MANDATORY', 'Bilateral consular notification arrangement between the Republic of Indonesia and the Republic of the Philippines: the authorities notify the post of every detained Filipino national, whether or not the detainee asks (Kemlu list of mandatory-notification arrangements, 2018) [check]', 6, 24, 72, 48, 96, 'V2 migration');

-- Posts. Embassies are in Jakarta. Addresses only where well known; e-mail, fax and phone are left for Kemlu to
-- complete through PUT /api/v1/posts/{code}. Consular districts are [check] (README).
INSERT INTO post (code, country, type, name, city, address) VALUES
('AUS-EMB-JKT', 'AUS', 'EMBASSY', 'Australian Embassy Jakarta', 'Jakarta', 'Jl. Patra Kuningan Raya Kav. 1-4, Jakarta Selatan 12950'),
('AUS-CG-DPS', 'AUS', 'CONSULATE_GENERAL', 'Australian Consulate-General Bali', 'Denpasar', 'Jl. Tantular No. 32, Renon, Denpasar'),
('AUS-CG-SUB', 'AUS', 'CONSULATE_GENERAL', 'Australian Consulate-General Surabaya', 'Surabaya', NULL),
('AUS-CG-UPG', 'AUS', 'CONSULATE_GENERAL', 'Australian Consulate-General Makassar', 'Makassar', NULL),
('BGD-EMB-JKT', 'BGD', 'EMBASSY', 'Embassy of the People''s Republic of Bangladesh in Jakarta', 'Jakarta', NULL),
('BRN-EMB-JKT', 'BRN', 'EMBASSY', 'Embassy of Brunei Darussalam in Jakarta', 'Jakarta', NULL),
('CAN-EMB-JKT', 'CAN', 'EMBASSY', 'Embassy of Canada to Indonesia', 'Jakarta', NULL),
('CHE-EMB-JKT', 'CHE', 'EMBASSY', 'Embassy of Switzerland in Indonesia', 'Jakarta', NULL),
('CHN-EMB-JKT', 'CHN', 'EMBASSY', 'Embassy of the People''s Republic of China in Indonesia', 'Jakarta', NULL),
('CHN-CG-SUB', 'CHN', 'CONSULATE_GENERAL', 'Consulate General of the People''s Republic of China in Surabaya', 'Surabaya', NULL),
('CHN-CG-MES', 'CHN', 'CONSULATE_GENERAL', 'Consulate General of the People''s Republic of China in Medan', 'Medan', NULL),
('CHN-CG-DPS', 'CHN', 'CONSULATE_GENERAL', 'Consulate General of the People''s Republic of China in Denpasar', 'Denpasar', NULL),
('DEU-EMB-JKT', 'DEU', 'EMBASSY', 'Embassy of the Federal Republic of Germany Jakarta', 'Jakarta', 'Jl. M.H. Thamrin No. 1, Jakarta Pusat 10310'),
('ESP-EMB-JKT', 'ESP', 'EMBASSY', 'Embassy of Spain in Jakarta', 'Jakarta', NULL),
('FRA-EMB-JKT', 'FRA', 'EMBASSY', 'Embassy of France in Indonesia', 'Jakarta', 'Jl. M.H. Thamrin No. 20, Jakarta Pusat 10350'),
('GBR-EMB-JKT', 'GBR', 'EMBASSY', 'British Embassy Jakarta', 'Jakarta', 'Jl. Patra Kuningan Raya Blok L5-6, Jakarta 12950'),
('IND-EMB-JKT', 'IND', 'EMBASSY', 'Embassy of India, Jakarta', 'Jakarta', NULL),
('IND-CG-MES', 'IND', 'CONSULATE_GENERAL', 'Consulate General of India, Medan', 'Medan', NULL),
('IND-CG-DPS', 'IND', 'CONSULATE_GENERAL', 'Consulate General of India, Bali', 'Denpasar', NULL),
('IRN-EMB-JKT', 'IRN', 'EMBASSY', 'Embassy of the Islamic Republic of Iran in Jakarta', 'Jakarta', NULL),
('ITA-EMB-JKT', 'ITA', 'EMBASSY', 'Embassy of Italy in Jakarta', 'Jakarta', NULL),
('JPN-EMB-JKT', 'JPN', 'EMBASSY', 'Embassy of Japan in Indonesia', 'Jakarta', 'Jl. M.H. Thamrin No. 24, Jakarta Pusat 10350'),
('JPN-CG-SUB', 'JPN', 'CONSULATE_GENERAL', 'Consulate-General of Japan in Surabaya', 'Surabaya', NULL),
('JPN-CG-MES', 'JPN', 'CONSULATE_GENERAL', 'Consulate-General of Japan in Medan', 'Medan', NULL),
('JPN-CG-UPG', 'JPN', 'CONSULATE_GENERAL', 'Consulate-General of Japan in Makassar', 'Makassar', NULL),
('JPN-CO-DPS', 'JPN', 'CONSULATE', 'Consular Office of Japan in Denpasar', 'Denpasar', NULL),
('KOR-EMB-JKT', 'KOR', 'EMBASSY', 'Embassy of the Republic of Korea to the Republic of Indonesia', 'Jakarta', NULL),
('MMR-EMB-JKT', 'MMR', 'EMBASSY', 'Embassy of the Republic of the Union of Myanmar in Jakarta', 'Jakarta', NULL),
('MYS-EMB-JKT', 'MYS', 'EMBASSY', 'Embassy of Malaysia, Jakarta', 'Jakarta', NULL),
('MYS-CG-MES', 'MYS', 'CONSULATE_GENERAL', 'Consulate General of Malaysia, Medan', 'Medan', NULL),
('MYS-CG-PKU', 'MYS', 'CONSULATE_GENERAL', 'Consulate General of Malaysia, Pekanbaru', 'Pekanbaru', NULL),
('MYS-CG-PNK', 'MYS', 'CONSULATE_GENERAL', 'Consulate General of Malaysia, Pontianak', 'Pontianak', NULL),
('NGA-EMB-JKT', 'NGA', 'EMBASSY', 'Embassy of the Federal Republic of Nigeria in Jakarta', 'Jakarta', NULL),
('NLD-EMB-JKT', 'NLD', 'EMBASSY', 'Embassy of the Kingdom of the Netherlands in Jakarta', 'Jakarta', 'Jl. H.R. Rasuna Said Kav. S-3, Jakarta 12950'),
('NZL-EMB-JKT', 'NZL', 'EMBASSY', 'New Zealand Embassy Jakarta', 'Jakarta', NULL),
('PAK-EMB-JKT', 'PAK', 'EMBASSY', 'Embassy of the Islamic Republic of Pakistan in Jakarta', 'Jakarta', NULL),
('PHL-EMB-JKT', 'PHL', 'EMBASSY', 'Embassy of the Philippines in Jakarta', 'Jakarta', NULL),
('PHL-CG-MDC', 'PHL', 'CONSULATE_GENERAL', 'Philippine Consulate General in Manado', 'Manado', NULL),
('PNG-EMB-JKT', 'PNG', 'EMBASSY', 'Embassy of Papua New Guinea in Jakarta', 'Jakarta', NULL),
('PNG-C-DJJ', 'PNG', 'CONSULATE', 'Consulate of Papua New Guinea in Jayapura', 'Jayapura', NULL),
('RUS-EMB-JKT', 'RUS', 'EMBASSY', 'Embassy of the Russian Federation in Indonesia', 'Jakarta', NULL),
('SAU-EMB-JKT', 'SAU', 'EMBASSY', 'Royal Embassy of Saudi Arabia in Jakarta', 'Jakarta', NULL),
('SGP-EMB-JKT', 'SGP', 'EMBASSY', 'Embassy of the Republic of Singapore in Jakarta', 'Jakarta', 'Jl. H.R. Rasuna Said Blok X/4 Kav. 2, Kuningan, Jakarta 12950'),
('THA-EMB-JKT', 'THA', 'EMBASSY', 'Royal Thai Embassy Jakarta', 'Jakarta', NULL),
('TLS-EMB-JKT', 'TLS', 'EMBASSY', 'Embassy of the Democratic Republic of Timor-Leste in Jakarta', 'Jakarta', NULL),
('TLS-C-KOE', 'TLS', 'CONSULATE', 'Consulate of the Democratic Republic of Timor-Leste in Kupang', 'Kupang', NULL),
('TUR-EMB-JKT', 'TUR', 'EMBASSY', 'Embassy of the Republic of Türkiye in Jakarta', 'Jakarta', NULL),
('TWN-TETO-JKT', 'TWN', 'REPRESENTATIVE_OFFICE', 'Taipei Economic and Trade Office', 'Jakarta', NULL),
('UKR-EMB-JKT', 'UKR', 'EMBASSY', 'Embassy of Ukraine in the Republic of Indonesia', 'Jakarta', NULL),
('USA-EMB-JKT', 'USA', 'EMBASSY', 'Embassy of the United States of America, Jakarta', 'Jakarta', 'Jl. Medan Merdeka Selatan No. 3-5, Jakarta 10110'),
('USA-CG-SUB', 'USA', 'CONSULATE_GENERAL', 'U.S. Consulate General Surabaya', 'Surabaya', NULL),
('USA-C-MES', 'USA', 'CONSULATE', 'U.S. Consulate Medan', 'Medan', NULL),
('USA-CA-DPS', 'USA', 'CONSULATE', 'U.S. Consular Agency Bali (under the Consulate General Surabaya)', 'Denpasar', NULL),
('VNM-EMB-JKT', 'VNM', 'EMBASSY', 'Embassy of the Socialist Republic of Viet Nam in Indonesia', 'Jakarta', NULL);

-- Consular districts [check]. Embassies have none: each covers what its country's other posts do not.
-- Provinces: 11 Aceh, 12 Sumut, 13 Sumbar, 14 Riau, 15 Jambi, 16 Sumsel, 17 Bengkulu, 18 Lampung, 19 Babel,
-- 21 Kepri, 33 Jateng, 34 DIY, 35 Jatim, 51 Bali, 52 NTB, 53 NTT, 61-65 Kalimantan, 71-76 Sulawesi and Gorontalo,
-- 81-82 Maluku, 91-97 Papua.
INSERT INTO post_district (post_code, province_code) VALUES
('AUS-CG-DPS', '51'), ('AUS-CG-DPS', '52'), ('AUS-CG-DPS', '53'),
('AUS-CG-SUB', '35'),
('AUS-CG-UPG', '71'), ('AUS-CG-UPG', '72'), ('AUS-CG-UPG', '73'), ('AUS-CG-UPG', '74'), ('AUS-CG-UPG', '75'),
('AUS-CG-UPG', '76'), ('AUS-CG-UPG', '81'), ('AUS-CG-UPG', '82'),
('CHN-CG-SUB', '33'), ('CHN-CG-SUB', '34'), ('CHN-CG-SUB', '35'),
('CHN-CG-MES', '11'), ('CHN-CG-MES', '12'), ('CHN-CG-MES', '13'), ('CHN-CG-MES', '14'),
('CHN-CG-DPS', '51'), ('CHN-CG-DPS', '52'), ('CHN-CG-DPS', '53'),
('IND-CG-MES', '11'), ('IND-CG-MES', '12'), ('IND-CG-MES', '13'), ('IND-CG-MES', '14'),
('IND-CG-DPS', '51'), ('IND-CG-DPS', '52'), ('IND-CG-DPS', '53'),
('JPN-CG-SUB', '35'),
('JPN-CG-MES', '11'), ('JPN-CG-MES', '12'), ('JPN-CG-MES', '13'), ('JPN-CG-MES', '14'),
('JPN-CG-UPG', '71'), ('JPN-CG-UPG', '72'), ('JPN-CG-UPG', '73'), ('JPN-CG-UPG', '74'), ('JPN-CG-UPG', '75'),
('JPN-CG-UPG', '76'),
('JPN-CO-DPS', '51'), ('JPN-CO-DPS', '52'), ('JPN-CO-DPS', '53'),
('MYS-CG-MES', '11'), ('MYS-CG-MES', '12'), ('MYS-CG-MES', '13'),
('MYS-CG-PKU', '14'), ('MYS-CG-PKU', '15'), ('MYS-CG-PKU', '21'),
('MYS-CG-PNK', '61'), ('MYS-CG-PNK', '62'),
('PHL-CG-MDC', '71'), ('PHL-CG-MDC', '75'), ('PHL-CG-MDC', '82'),
('PNG-C-DJJ', '94'), ('PNG-C-DJJ', '95'), ('PNG-C-DJJ', '96'), ('PNG-C-DJJ', '97'),
('TLS-C-KOE', '53'),
('USA-CG-SUB', '35'), ('USA-CG-SUB', '51'), ('USA-CG-SUB', '52'), ('USA-CG-SUB', '53'),
('USA-C-MES', '11'), ('USA-C-MES', '12'), ('USA-C-MES', '13'), ('USA-C-MES', '14'), ('USA-C-MES', '15'),
('USA-C-MES', '16'), ('USA-C-MES', '17'), ('USA-C-MES', '18'), ('USA-C-MES', '19'), ('USA-C-MES', '21');
