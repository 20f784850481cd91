-- Legal reference data becomes versioned law: every rule carries its instrument and the dates it was in force, and a
-- decision applies the version in force on the date of the act (the decision's or the offence's date). Unverified
-- facts carry "[check]" in check_note, and the API repeats it wherever it cites the row.

-- 1. TAK rules of time-bound actions (UU 6/2011 Pasal 97 exit ban, Pasal 102 entry ban), by date.
CREATE TABLE tak_rule (
    id                   varchar(40)  PRIMARY KEY,
    action_type          varchar(40)  NOT NULL REFERENCES administrative_action_reference (action_type),
    instrument           varchar(100) NOT NULL,
    article              varchar(40)  NOT NULL,
    -- How a decision cites it after "UU 6/2011 Pasal 75(2)(x), ".
    citation             varchar(120) NOT NULL,
    effective_from       date         NOT NULL,
    effective_to         date,
    max_months           integer      NOT NULL,
    -- NULL: no limit on the number of extensions ("setiap kali"); 0: none.
    max_extensions       integer,
    extension_max_months integer,
    lifetime_allowed     boolean      NOT NULL,
    check_note           varchar(600),
    CHECK (effective_to IS NULL OR effective_to >= effective_from)
);
CREATE INDEX tak_rule_type_from ON tak_rule (action_type, effective_from);
INSERT INTO tak_rule VALUES
 ('EXIT_BAN/UU6-2011', 'EXIT_BAN', 'UU 6/2011', 'Pasal 97', 'Pasal 97', '2011-05-05', '2024-10-16', 6, NULL, 6, false,
  '[check] original Pasal 97(1): at most 6 months, extendable each time by at most 6 months. Constitutional Court '
  || 'decision 64/PUU-IX/2011 is believed to have struck "setiap kali" (each time), which would allow one extension '
  || 'only from that decision: verify and add a version if so. [check] in force from 2011-05-05.'),
 ('EXIT_BAN/UU63-2024', 'EXIT_BAN', 'UU 63/2024', 'Pasal 97', 'Pasal 97 as amended by UU 63/2024', '2024-10-17', NULL,
  6, 1, 6, false,
  '[check] UU 63/2024 (third amendment of UU 6/2011) taken as in force from 2024-10-17: verify the promulgation date.'),
 ('ENTRY_BAN/UU6-2011', 'ENTRY_BAN', 'UU 6/2011', 'Pasal 102', 'Pasal 102', '2011-05-05', '2024-10-16', 6, NULL, 6, true,
  '[check] original Pasal 102(1): at most 6 months, extendable each time by at most 6 months; Pasal 102(2): for life '
  || 'for a foreigner deemed a threat to security and public order. [check] in force from 2011-05-05.'),
 ('ENTRY_BAN/UU63-2024', 'ENTRY_BAN', 'UU 63/2024', 'Pasal 102', 'Pasal 102 as amended by UU 63/2024', '2024-10-17', NULL,
  120, NULL, 120, true,
  '[check] UU 63/2024 taken as in force from 2024-10-17: verify the promulgation date. [check] whether the 10-year '
  || 'extension may be repeated, and the cases in which a ban for life is allowed.');

-- Longest first terms now live in tak_rule, by date.
ALTER TABLE administrative_action_reference DROP COLUMN max_months;
ALTER TABLE administrative_action_reference DROP COLUMN lifetime_allowed;

-- An extension is its own decision, pointing at the ban it extends; the rule applied is kept with the decision.
ALTER TABLE administrative_action ADD COLUMN extends_action_id uuid REFERENCES administrative_action (id);
ALTER TABLE administrative_action ADD COLUMN rule_id varchar(40) REFERENCES tak_rule (id);
ALTER TABLE administrative_action ALTER COLUMN legal_basis TYPE varchar(300);
CREATE INDEX administrative_action_extends ON administrative_action (extends_action_id);
UPDATE administrative_action a SET rule_id = r.id
  FROM tak_rule r
 WHERE r.action_type = a.action_type AND a.decided_on >= r.effective_from
   AND (r.effective_to IS NULL OR a.decided_on <= r.effective_to);

-- 2. Overstay tariff: each row ends the day before the next starts, and names its regulation.
ALTER TABLE overstay_tariff ADD COLUMN effective_to date;
ALTER TABLE overstay_tariff ADD COLUMN instrument varchar(100);
ALTER TABLE overstay_tariff ADD COLUMN check_note varchar(600);
ALTER TABLE overstay_tariff ALTER COLUMN legal_basis TYPE varchar(300);
UPDATE overstay_tariff SET effective_to = '2019-05-01', instrument = 'PP 45/2014',
       check_note = '[check] effective date against the promulgation of PP 45/2014.'
 WHERE effective_from = '2014-06-30';
UPDATE overstay_tariff SET effective_to = '2024-12-17', instrument = 'PP 28/2019',
       check_note = '[check] effective date against the promulgation of PP 28/2019.'
 WHERE effective_from = '2019-05-02';
INSERT INTO overstay_tariff (effective_from, daily_rate_idr, deportation_from_days, legal_basis, effective_to, instrument,
                             check_note)
VALUES ('2024-12-18', 1000000, 60, 'UU 6/2011 Pasal 78; PP 45/2024', NULL, 'PP 45/2024',
        '[check] PP 45/2024 replaced PP 28/2019 from 2024-12-18; its overstay rate is believed to be Rp 1,000,000 a day.');
ALTER TABLE overstay_tariff ALTER COLUMN instrument SET NOT NULL;

-- 3. Offence catalogue: one row per version of an article (or paragraph/letter where the penalty differs).
ALTER TABLE case_offence DROP CONSTRAINT case_offence_article_fkey;
ALTER TABLE offence_reference DROP CONSTRAINT offence_reference_pkey;
ALTER TABLE offence_reference ADD COLUMN id varchar(40);
ALTER TABLE offence_reference ADD COLUMN instrument varchar(100);
ALTER TABLE offence_reference ADD COLUMN effective_from date;
ALTER TABLE offence_reference ADD COLUMN effective_to date;
ALTER TABLE offence_reference ADD COLUMN min_prison_months integer;
ALTER TABLE offence_reference ADD COLUMN max_fine_idr bigint;
-- PRISON (pidana penjara) or CONFINEMENT (pidana kurungan).
ALTER TABLE offence_reference ADD COLUMN custodial_penalty varchar(20);
-- AND (dan), OR (atau) or AND_OR (dan/atau): whether custody and fine go together.
ALTER TABLE offence_reference ADD COLUMN penalties_combined varchar(10);
-- Recording new offences under this code: false for the codes split into paragraphs or letters, kept for history.
ALTER TABLE offence_reference ADD COLUMN recordable boolean NOT NULL DEFAULT true;
ALTER TABLE offence_reference ADD COLUMN check_note varchar(600);
ALTER TABLE offence_reference ALTER COLUMN max_prison_months DROP NOT NULL;
ALTER TABLE offence_reference ALTER COLUMN max_penalty TYPE varchar(200);
ALTER TABLE offence_reference ALTER COLUMN description_id TYPE varchar(600);
ALTER TABLE offence_reference ALTER COLUMN description_en TYPE varchar(600);

-- The rows of V5 become the UU 6/2011 version (as enacted, in force from 2011-05-05 [check]); 113 is "dan/atau".
UPDATE offence_reference SET id = 'UU6-2011/' || article, instrument = 'UU 6/2011', effective_from = '2011-05-05',
       effective_to = '2024-10-16', custodial_penalty = 'PRISON', penalties_combined = 'AND';
UPDATE offence_reference SET penalties_combined = 'AND_OR', max_penalty = '1 year and/or Rp 100 million',
       max_fine_idr = 100000000 WHERE article = '113';
UPDATE offence_reference SET custodial_penalty = 'CONFINEMENT', penalties_combined = 'OR', max_fine_idr = 25000000,
       check_note = '[check] confinement (kurungan) or fine, as read from the text.' WHERE article IN ('116', '117');
UPDATE offence_reference SET max_fine_idr = 500000000 WHERE article IN ('118', '119', '121', '122', '123', '126');
UPDATE offence_reference SET min_prison_months = 60, max_fine_idr = 1500000000,
       max_penalty = '5 to 15 years and Rp 500 million to Rp 1.5 billion' WHERE article = '120';
-- 114 and 124 were split (their paragraphs and letters carry different penalties): kept for the offences recorded
-- under them, not for new ones.
UPDATE offence_reference SET recordable = false, effective_to = NULL, penalties_combined = 'AND_OR',
       check_note = 'History only: record 114(1) or 114(2).' WHERE article = '114';
UPDATE offence_reference SET recordable = false, effective_to = NULL, penalties_combined = 'AND_OR',
       check_note = 'History only: record 124(a) or 124(b).' WHERE article = '124';

INSERT INTO offence_reference (id, article, statute, instrument, effective_from, effective_to, description_id,
                               description_en, max_penalty, min_prison_months, max_prison_months, max_fine_idr,
                               custodial_penalty, penalties_combined, detention_permitted, check_note) VALUES
 ('UU6-2011/114(1)', '114(1)', 'UU 6/2011', 'UU 6/2011', '2011-05-05', '2024-10-16',
  'Penanggung Jawab Alat Angkut masuk atau keluar Wilayah Indonesia dengan alat angkutnya tidak melalui Tempat Pemeriksaan Imigrasi',
  'Conveyance operator entering or leaving Indonesia with the conveyance not via a border post (TPI)',
  '1 year and/or Rp 100 million', NULL, 12, 100000000, 'PRISON', 'AND_OR', false, NULL),
 ('UU6-2011/114(2)', '114(2)', 'UU 6/2011', 'UU 6/2011', '2011-05-05', '2024-10-16',
  'Penanggung Jawab Alat Angkut sengaja menurunkan atau menaikkan penumpang yang tidak melalui pemeriksaan Pejabat Imigrasi',
  'Conveyance operator deliberately landing or boarding passengers without immigration inspection',
  '2 years and/or Rp 200 million', NULL, 24, 200000000, 'PRISON', 'AND_OR', false, NULL),
 ('UU6-2011/115', '115', 'UU 6/2011', 'UU 6/2011', '2011-05-05', '2024-10-16',
  'Penanggung Jawab Alat Angkut tidak membayar biaya beban (Pasal 19 ayat (4) dan Pasal 79)',
  'Conveyance operator failing to pay the charge (biaya beban) of Pasal 19(4) and Pasal 79',
  '1 year and/or Rp 100 million', NULL, 12, 100000000, 'PRISON', 'AND_OR', false,
  '[check] description and penalty read from a secondary source.'),
 ('UU6-2011/124(a)', '124(a)', 'UU 6/2011', 'UU 6/2011', '2011-05-05', '2024-10-16',
  'Menyembunyikan, melindungi, memberi pemondokan, penghidupan atau pekerjaan kepada Orang Asing yang berada di Wilayah Indonesia secara tidak sah',
  'Hiding, sheltering, lodging, supporting or employing a foreigner known or presumed to be in Indonesia unlawfully',
  '2 years and/or Rp 200 million', NULL, 24, 200000000, 'PRISON', 'AND_OR', false, NULL),
 ('UU6-2011/124(b)', '124(b)', 'UU 6/2011', 'UU 6/2011', '2011-05-05', '2024-10-16',
  'Menyembunyikan, melindungi, memberi pemondokan, penghidupan atau pekerjaan kepada Orang Asing yang Izin Tinggalnya habis berlaku',
  'Hiding, sheltering, lodging, supporting or employing a foreigner whose stay permit has expired',
  '3 months confinement and Rp 25 million', NULL, 3, 25000000, 'CONFINEMENT', 'AND', false, NULL),
 ('UU6-2011/125', '125', 'UU 6/2011', 'UU 6/2011', '2011-05-05', '2024-10-16',
  'Tindak pidana Pasal 125 UU 6/2011 [check]', 'Offence of Pasal 125 [check]', '[check]', NULL, NULL, NULL, NULL, NULL, false,
  '[check] the offence and its penalty were not verified; record it with a description.'),
 ('UU6-2011/127', '127', 'UU 6/2011', 'UU 6/2011', '2011-05-05', '2024-10-16',
  'Menyimpan Dokumen Perjalanan Republik Indonesia palsu atau dipalsukan untuk digunakan',
  'Keeping a forged Indonesian travel document for use by oneself or another', '5 years and Rp 500 million', NULL, 60,
  500000000, 'PRISON', 'AND', true, '[check] description and penalty.'),
 ('UU6-2011/128', '128', 'UU 6/2011', 'UU 6/2011', '2011-05-05', '2024-10-16',
  'Tanpa hak mencetak, mempunyai, menyimpan, membuat atau memperjualbelikan blangko atau alat pembuat Dokumen Perjalanan Republik Indonesia atau Dokumen Keimigrasian',
  'Unlawfully printing, holding, making or trading blank Indonesian travel or immigration documents or the tools to make them',
  '5 years and Rp 500 million', NULL, 60, 500000000, 'PRISON', 'AND', true, '[check] description and penalty.'),
 ('UU6-2011/129', '129', 'UU 6/2011', 'UU 6/2011', '2011-05-05', '2024-10-16',
  'Merusak, menghilangkan atau mengubah keterangan atau cap dalam Dokumen Perjalanan Republik Indonesia',
  'Damaging, removing or altering entries or stamps in an Indonesian travel document', '5 years and Rp 500 million', NULL,
  60, 500000000, 'PRISON', 'AND', true, '[check] description and penalty.'),
 ('UU6-2011/130', '130', 'UU 6/2011', 'UU 6/2011', '2011-05-05', '2024-10-16',
  'Tanpa hak menguasai Dokumen Perjalanan atau Dokumen Keimigrasian milik orang lain',
  'Unlawfully holding another person''s travel or immigration document', '[check]', NULL, NULL, NULL, 'PRISON', NULL,
  false, '[check] description; penalty not verified.'),
 ('UU6-2011/131', '131', 'UU 6/2011', 'UU 6/2011', '2011-05-05', '2024-10-16',
  'Tanpa hak mengakses, mengubah, merusak atau menggunakan data atau Sistem Informasi Manajemen Keimigrasian',
  'Unlawfully accessing, altering, damaging or using immigration data or the immigration information system (SIMKIM)',
  '[check]', NULL, NULL, NULL, 'PRISON', NULL, true, '[check] description; penalty not verified.'),
 ('UU6-2011/132', '132', 'UU 6/2011', 'UU 6/2011', '2011-05-05', '2024-10-16',
  'Pejabat Imigrasi atau pejabat lain yang ditunjuk memberikan atau memperpanjang Dokumen Perjalanan Republik Indonesia atau Dokumen Keimigrasian kepada orang yang tidak berhak',
  'Immigration or other designated official issuing or extending an Indonesian travel or immigration document to a person not entitled',
  '[check]', NULL, NULL, NULL, 'PRISON', NULL, true, '[check] description; penalty not verified. An officials'' offence.'),
 ('UU6-2011/133(a)', '133(a)', 'UU 6/2011', 'UU 6/2011', '2011-05-05', '2024-10-16',
  'Pejabat Imigrasi atau pejabat yang ditunjuk membiarkan seseorang melakukan tindak pidana Keimigrasian [check]',
  'Immigration or designated official knowingly letting an immigration offence happen [check]', '[check]', NULL, NULL,
  NULL, 'PRISON', NULL, false, '[check] description and penalty not verified. An officials'' offence.'),
 ('UU6-2011/133(b)', '133(b)', 'UU 6/2011', 'UU 6/2011', '2011-05-05', '2024-10-16',
  'Pejabat Imigrasi atau pejabat yang ditunjuk membocorkan data Keimigrasian yang bersifat rahasia [check]',
  'Immigration or designated official leaking confidential immigration data [check]', '[check]', NULL, NULL, NULL,
  'PRISON', NULL, true, '[check] description and penalty not verified (detention permitted: Pasal 109 names 133 huruf b).'),
 ('UU6-2011/134(a)', '134(a)', 'UU 6/2011', 'UU 6/2011', '2011-05-05', '2024-10-16',
  'Deteni membuat, memiliki, menggunakan atau membawa senjata di Rumah Detensi Imigrasi [check]',
  'Detainee making, holding, using or carrying a weapon in immigration detention [check]', '[check]', NULL, NULL, NULL,
  'PRISON', NULL, false, '[check] description and penalty not verified.'),
 ('UU6-2011/134(b)', '134(b)', 'UU 6/2011', 'UU 6/2011', '2011-05-05', '2024-10-16',
  'Deteni melarikan diri dari Rumah Detensi Imigrasi atau Ruang Detensi Imigrasi',
  'Detainee escaping from an immigration detention centre or room', '[check]', NULL, NULL, NULL, 'PRISON', NULL, true,
  '[check] penalty not verified (detention permitted: Pasal 109 names 134 huruf b).'),
 ('UU6-2011/135', '135', 'UU 6/2011', 'UU 6/2011', '2011-05-05', '2024-10-16',
  'Perkawinan semu untuk memperoleh Dokumen Keimigrasian dan/atau status kewarganegaraan Republik Indonesia',
  'Sham marriage (perkawinan semu) to obtain an immigration document or Indonesian citizenship',
  '5 years and Rp 500 million', NULL, 60, 500000000, 'PRISON', 'AND', true,
  '[check] penalty read from a secondary source.'),
 ('UU6-2011/136', '136', 'UU 6/2011', 'UU 6/2011', '2011-05-05', '2024-10-16',
  'Tindak pidana Keimigrasian oleh Korporasi: pidana dijatuhkan kepada pengurus dan korporasinya; korporasi hanya pidana denda',
  'Immigration offence by a corporation: its management and the corporation are liable; the corporation is fined only',
  'Fine only, a multiple of the article''s fine [check]', NULL, NULL, NULL, NULL, NULL, false,
  '[check] the multiple (believed three times) not verified. A rule of liability, not an offence: record the article '
  || 'committed and say in the description that a corporation committed it.');
UPDATE offence_reference SET recordable = false WHERE article = '136';

-- Pre-trial detention follows Pasal 109's list (118-123, 126-129, 131, 132, 133(b), 134(b), 135): the flags above.
-- The same catalogue under UU 63/2024, from 2024-10-17 [check]: whether that amendment changed any offence or penalty
-- was not verified, so each article is carried over with a mark.
INSERT INTO offence_reference (id, article, statute, instrument, effective_from, effective_to, description_id,
                               description_en, max_penalty, min_prison_months, max_prison_months, max_fine_idr,
                               custodial_penalty, penalties_combined, detention_permitted, recordable, check_note)
SELECT 'UU63-2024/' || article, article, statute, 'UU 6/2011 as amended by UU 63/2024', '2024-10-17', NULL,
       description_id, description_en, max_penalty, min_prison_months, max_prison_months, max_fine_idr,
       custodial_penalty, penalties_combined, detention_permitted, recordable,
       trim(coalesce(check_note || ' ', '') || '[check] carried over unchanged into UU 63/2024 (from 2024-10-17).')
  FROM offence_reference WHERE effective_to = '2024-10-16';

ALTER TABLE offence_reference ALTER COLUMN id SET NOT NULL;
ALTER TABLE offence_reference ALTER COLUMN instrument SET NOT NULL;
ALTER TABLE offence_reference ALTER COLUMN effective_from SET NOT NULL;
ALTER TABLE offence_reference ADD PRIMARY KEY (id);
CREATE INDEX offence_reference_article ON offence_reference (article, effective_from);

-- An offence keeps the version it was judged by; old rows get the version in force on their date.
ALTER TABLE case_offence ADD COLUMN offence_version_id varchar(40) REFERENCES offence_reference (id);
UPDATE case_offence o SET offence_version_id = v.id
  FROM offence_reference v
 WHERE v.article = o.article
   AND coalesce(o.committed_on, (o.recorded_at AT TIME ZONE 'Asia/Jakarta')::date) >= v.effective_from
   AND (v.effective_to IS NULL OR coalesce(o.committed_on, (o.recorded_at AT TIME ZONE 'Asia/Jakarta')::date) <= v.effective_to);
