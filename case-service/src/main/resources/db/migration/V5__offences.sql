-- Immigration crimes of UU 6/2011 (Pasal 113-136) as reference data, and the offences recorded on cases.
CREATE TABLE offence_reference (
    article              varchar(10)  PRIMARY KEY,
    statute              varchar(20)  NOT NULL,
    description_id       varchar(400) NOT NULL,
    description_en       varchar(400) NOT NULL,
    max_penalty          varchar(80)  NOT NULL,
    max_prison_months    integer      NOT NULL,
    -- KUHAP Pasal 21(4)(a): pre-trial detention is permitted for offences punishable by five years or more.
    detention_permitted  boolean      NOT NULL
);

INSERT INTO offence_reference VALUES
 ('113', 'UU 6/2011', 'Masuk atau keluar Wilayah Indonesia tanpa melalui pemeriksaan Pejabat Imigrasi di Tempat Pemeriksaan Imigrasi',
        'Entering or leaving Indonesia without immigration inspection at a border post (TPI)', '1 year or Rp 100 million', 12, false),
 ('114', 'UU 6/2011', 'Penanggung jawab alat angkut masuk atau keluar tidak melalui Tempat Pemeriksaan Imigrasi atau menurunkan penumpang tanpa pemeriksaan',
        'Conveyance operator entering or leaving not via a TPI, or landing passengers without inspection', '2 years or Rp 200 million', 24, false),
 ('116', 'UU 6/2011', 'Orang Asing tidak melakukan kewajiban pelaporan sebagaimana dimaksud dalam Pasal 71',
        'Foreigner failing the reporting duties of Pasal 71', '3 months or Rp 25 million', 3, false),
 ('117', 'UU 6/2011', 'Pemilik atau pengurus tempat penginapan tidak memberikan keterangan atau laporan tentang Orang Asing yang menginap',
        'Lodging owner or manager failing to report foreign guests', '3 months or Rp 25 million', 3, false),
 ('118', 'UU 6/2011', 'Penjamin memberikan keterangan tidak benar atau tidak memenuhi jaminannya',
        'Sponsor giving false information or failing the guarantee', '5 years and Rp 500 million', 60, true),
 ('119', 'UU 6/2011', 'Masuk atau berada di Wilayah Indonesia tanpa Dokumen Perjalanan dan Visa yang sah, atau menggunakan Dokumen Perjalanan palsu',
        'Entering or staying without a valid travel document and visa, or using a forged travel document', '5 years and Rp 500 million', 60, true),
 ('120', 'UU 6/2011', 'Penyelundupan Manusia',
        'People smuggling', '15 years and Rp 1.5 billion', 180, true),
 ('121', 'UU 6/2011', 'Membuat palsu atau menggunakan Visa, Tanda Masuk, atau Izin Tinggal palsu',
        'Forging, or using a forged, visa, entry stamp or stay permit', '5 years and Rp 500 million', 60, true),
 ('122', 'UU 6/2011', 'Menyalahgunakan Izin Tinggal atau melakukan kegiatan yang tidak sesuai dengan maksud dan tujuan pemberian Izin Tinggal, atau menyuruh atau memberikan kesempatan untuk itu',
        'Misusing a stay permit (activity outside its purpose), or ordering or facilitating it', '5 years and Rp 500 million', 60, true),
 ('123', 'UU 6/2011', 'Memberikan data tidak sah atau keterangan tidak benar untuk memperoleh Visa atau Izin Tinggal, atau menggunakan Izin Tinggal tersebut',
        'Giving false data to obtain a visa or stay permit, or using such a permit', '5 years and Rp 500 million', 60, true),
 ('124', 'UU 6/2011', 'Menyembunyikan, melindungi, memberi pemondokan, atau mempekerjakan Orang Asing yang tidak sah atau yang Izin Tinggalnya habis',
        'Hiding, lodging or employing a foreigner who is illegal or whose stay permit has expired', '2 years or Rp 200 million', 24, false),
 ('126', 'UU 6/2011', 'Menyalahgunakan atau memalsukan Dokumen Perjalanan Republik Indonesia',
        'Misusing or forging an Indonesian travel document', '5 years and Rp 500 million', 60, true);

CREATE TABLE case_offence (
    id           uuid PRIMARY KEY,
    case_id      uuid         NOT NULL REFERENCES case_file (id),
    statute      varchar(20)  NOT NULL,
    article      varchar(10)  NOT NULL REFERENCES offence_reference (article),
    letter       varchar(2),
    committed_on date,
    description  varchar(1000),
    recorded_at  timestamptz  NOT NULL
);
CREATE INDEX case_offence_case ON case_offence (case_id);
