// Texts, number and date formats of the JWNA dashboard in Indonesian (default) and English.
export const LOCALES = { id: 'id-ID', en: 'en-GB' };

export const TEXT = {
  id: {
    pageTitle: 'JWNA — Dasbor warga negara asing',
    title: 'JWNA — Jaringan Warga Negara Asing',
    subtitle: 'Gambaran langsung orang asing di Indonesia: keberadaan, kasus, penahanan, kepatuhan notifikasi konsuler dan layanan konsuler',
    skip: 'Langsung ke isi',
    langGroup: 'Bahasa',
    signInTitle: 'Masuk',
    signInHelp: 'Tempelkan token akses Anda (bearer token dari penyedia identitas kementerian; secara lokal: ./wna token joint-analyst). Token hanya disimpan di tab ini.',
    tokenLabel: 'Token akses', signIn: 'Masuk', signOut: 'Keluar',
    rejected: 'Token ditolak atau kedaluwarsa. Silakan masuk lagi.',
    forbidden: 'Peran Anda tidak boleh melihat angka-angka ini (403). Masuk dengan token peran lain.',
    filters: 'Saring', from: 'Dari tanggal', to: 'Sampai tanggal', nationality: 'Kewarganegaraan', province: 'Provinsi',
    all: 'Semua', apply: 'Terapkan', reset: 'Atur ulang', print: 'Cetak laporan',
    kpiPresent: 'Orang asing hadir', kpiOpenCases: 'Kasus terbuka', kpiInCustody: 'Dalam penahanan',
    kpiOverdue: 'Notifikasi terlambat', kpiCompliance: 'Kepatuhan notifikasi ≤ 72 jam',
    subPresent: '{arrivals} kedatangan, {departures} keberangkatan dalam periode',
    subOpenCases: '{opened} kasus dibuka dalam periode',
    subInCustody: 'saat ini ditahan',
    subOverdue: 'kewajiban terbuka tanpa notifikasi: {open}',
    subCompliance: '{within} dari {sent} notifikasi dalam periode',
    subComplianceNone: 'belum ada notifikasi dalam periode',
    trendTitle: 'Tren jumlah orang asing hadir',
    nationalityTitle: 'Orang asing hadir menurut kewarganegaraan (15 teratas)',
    provinceTitle: 'Orang asing hadir menurut provinsi',
    provinceHelp: 'Pilih provinsi untuk menyaring seluruh dasbor; pilih lagi untuk menghapus saringan.',
    complianceTitle: 'Kepatuhan notifikasi konsuler per minggu',
    servicesTitle: 'Layanan konsuler menurut jenis',
    casesTitle: 'Kasus terbuka menurut jenis',
    table: 'Tabel data', csv: 'Unduh CSV', csvNotices: 'CSV notifikasi terkirim', csvShare: 'CSV persentase ≤ 72 jam',
    colDate: 'Tanggal', colWeek: 'Minggu mulai', colCount: 'Jumlah', colNationality: 'Kewarganegaraan', colProvince: 'Provinsi',
    colType: 'Jenis', colKind: 'Jenis kasus', colNotices: 'Notifikasi terkirim', colShare: '% dalam 72 jam', colPresent: 'Orang asing hadir',
    seriesPresent: 'Orang asing hadir', seriesNotices: 'Notifikasi terkirim', seriesShare: '% dalam 72 jam', seriesCount: 'Jumlah',
    noData: 'Belum ada data untuk saringan ini.', failed: 'Data tidak dapat dimuat', lastUpdate: 'Diperbarui {time} · versi {version}',
    lastEvent: 'peristiwa terakhir {time}', connecting: 'Menghubungkan…', live: 'Langsung',
    filtersSummary: 'Saringan: {from} s.d. {to}; kewarganegaraan: {nationality}; provinsi: {province}',
    printedAt: 'Dicetak {time}',
    legendLow: 'sedikit', legendHigh: 'banyak', tileLabel: '{name}: {count} orang asing hadir', tileSelected: 'dipilih sebagai saringan',
    ariaTrend: 'Grafik garis orang asing hadir, {n} titik per {interval} dari {first} sampai {last}; awal {start}, akhir {end}, tertinggi {max}.',
    ariaBars: 'Grafik batang {title}: {n} kategori; terbesar {top} dengan {topValue}; total {total}.',
    ariaCompliance: 'Grafik kepatuhan: {n} minggu; total {sent} notifikasi terkirim; persentase dalam 72 jam minggu terakhir {lastShare}.',
    ariaEmpty: '{title}: belum ada data.',
    interval_day: 'hari', interval_week: 'minggu', interval_month: 'bulan',
    badFilter: 'Saringan tidak valid',
    CRIMINAL: 'Pidana umum', CIVIL: 'Perdata', IMMIGRATION_CRIME: 'Tindak pidana keimigrasian',
    ADMINISTRATIVE_ACTION: 'Tindakan administratif keimigrasian', DEATH: 'Kematian', GUARDIANSHIP: 'Perwalian', WRECK_OR_CRASH: 'Kapal karam / kecelakaan pesawat',
    HOTLINE_CASE: 'Kasus hotline', FLIGHT_CLEARANCE: 'Izin terbang (evakuasi)', EVACUATION_ASSISTANCE: 'Bantuan evakuasi',
    EXIT_PERMIT_ONLY: 'Izin keluar saja (EPO)', DIPLOMATIC_STAY_PERMIT: 'Izin tinggal diplomatik', SERVICE_STAY_PERMIT: 'Izin tinggal dinas',
    HUMANITARIAN_DISCRETION: 'Diskresi kemanusiaan', OTHER: 'Lainnya', UNKNOWN: 'Tidak diketahui',
  },
  en: {
    pageTitle: 'JWNA — Foreign nationals dashboard',
    title: 'JWNA — Foreign Nationals Network',
    subtitle: 'A live picture of foreign nationals in Indonesia: presence, cases, custody, consular notification compliance and consular services',
    skip: 'Skip to content',
    langGroup: 'Language',
    signInTitle: 'Sign in',
    signInHelp: 'Paste your access token (a bearer token from the ministry\u2019s identity provider; locally: ./wna token joint-analyst). The token is kept in this tab only.',
    tokenLabel: 'Access token', signIn: 'Sign in', signOut: 'Sign out',
    rejected: 'The token was refused or has expired. Please sign in again.',
    forbidden: 'Your role may not see these figures (403). Sign in with a token of another role.',
    filters: 'Filters', from: 'From', to: 'To', nationality: 'Nationality', province: 'Province',
    all: 'All', apply: 'Apply', reset: 'Reset', print: 'Print report',
    kpiPresent: 'Foreigners present', kpiOpenCases: 'Open cases', kpiInCustody: 'In custody',
    kpiOverdue: 'Overdue notifications', kpiCompliance: 'Notification compliance within 72 h',
    subPresent: '{arrivals} arrivals, {departures} departures in the period',
    subOpenCases: '{opened} cases opened in the period',
    subInCustody: 'held now',
    subOverdue: 'open obligations without a notice: {open}',
    subCompliance: '{within} of {sent} notices in the period',
    subComplianceNone: 'no notices in the period yet',
    trendTitle: 'Foreigners present over time',
    nationalityTitle: 'Foreigners present by nationality (top 15)',
    provinceTitle: 'Foreigners present by province',
    provinceHelp: 'Choose a province to filter the whole dashboard; choose it again to clear the filter.',
    complianceTitle: 'Consular notification compliance per week',
    servicesTitle: 'Consular services by type',
    casesTitle: 'Open cases by kind',
    table: 'Data table', csv: 'Download CSV', csvNotices: 'CSV of notices sent', csvShare: 'CSV of share within 72 h',
    colDate: 'Date', colWeek: 'Week starting', colCount: 'Count', colNationality: 'Nationality', colProvince: 'Province',
    colType: 'Type', colKind: 'Kind of case', colNotices: 'Notices sent', colShare: '% within 72 h', colPresent: 'Foreigners present',
    seriesPresent: 'Foreigners present', seriesNotices: 'Notices sent', seriesShare: '% within 72 h', seriesCount: 'Count',
    noData: 'No data for these filters yet.', failed: 'The data could not be loaded', lastUpdate: 'Updated {time} · version {version}',
    lastEvent: 'last event {time}', connecting: 'Connecting…', live: 'Live',
    filtersSummary: 'Filters: {from} to {to}; nationality: {nationality}; province: {province}',
    printedAt: 'Printed {time}',
    legendLow: 'fewer', legendHigh: 'more', tileLabel: '{name}: {count} foreigners present', tileSelected: 'selected as filter',
    ariaTrend: 'Line chart of foreigners present, {n} points per {interval} from {first} to {last}; first {start}, last {end}, highest {max}.',
    ariaBars: 'Bar chart of {title}: {n} categories; largest {top} with {topValue}; total {total}.',
    ariaCompliance: 'Compliance chart: {n} weeks; {sent} notices sent in all; share within 72 h in the last week {lastShare}.',
    ariaEmpty: '{title}: no data yet.',
    interval_day: 'day', interval_week: 'week', interval_month: 'month',
    badFilter: 'Invalid filter',
    CRIMINAL: 'Criminal', CIVIL: 'Civil', IMMIGRATION_CRIME: 'Immigration crime',
    ADMINISTRATIVE_ACTION: 'Immigration administrative action', DEATH: 'Death', GUARDIANSHIP: 'Guardianship', WRECK_OR_CRASH: 'Shipwreck / air crash',
    HOTLINE_CASE: 'Hotline case', FLIGHT_CLEARANCE: 'Flight clearance (evacuation)', EVACUATION_ASSISTANCE: 'Evacuation assistance',
    EXIT_PERMIT_ONLY: 'Exit permit only (EPO)', DIPLOMATIC_STAY_PERMIT: 'Diplomatic stay permit', SERVICE_STAY_PERMIT: 'Service stay permit',
    HUMANITARIAN_DISCRETION: 'Humanitarian discretion', OTHER: 'Other', UNKNOWN: 'Unknown',
  },
};

/** Indonesia's 38 provinces (names as events carry them), a short label and a place on a west-to-east tile grid. */
export const PROVINCES = [
  ['Aceh', 'Aceh', 0, 0], ['Sumatera Utara', 'Sumut', 1, 1], ['Riau', 'Riau', 2, 1], ['Kepulauan Riau', 'Kepri', 3, 0],
  ['Sumatera Barat', 'Sumbar', 1, 2], ['Jambi', 'Jambi', 2, 2], ['Kepulauan Bangka Belitung', 'Babel', 3, 2],
  ['Bengkulu', 'Bengkulu', 1, 3], ['Sumatera Selatan', 'Sumsel', 2, 3], ['Lampung', 'Lampung', 2, 4],
  ['DKI Jakarta', 'DKI Jakarta', 3, 4], ['Banten', 'Banten', 2, 5], ['Jawa Barat', 'Jabar', 3, 5], ['Jawa Tengah', 'Jateng', 4, 5],
  ['DI Yogyakarta', 'DIY', 4, 6], ['Jawa Timur', 'Jatim', 5, 5], ['Bali', 'Bali', 6, 5], ['Nusa Tenggara Barat', 'NTB', 7, 5],
  ['Nusa Tenggara Timur', 'NTT', 8, 5],
  ['Kalimantan Barat', 'Kalbar', 4, 1], ['Kalimantan Tengah', 'Kalteng', 5, 1], ['Kalimantan Utara', 'Kaltara', 6, 0],
  ['Kalimantan Timur', 'Kaltim', 6, 1], ['Kalimantan Selatan', 'Kalsel', 6, 2],
  ['Sulawesi Barat', 'Sulbar', 7, 2], ['Sulawesi Selatan', 'Sulsel', 7, 3], ['Gorontalo', 'Gorontalo', 8, 1],
  ['Sulawesi Tengah', 'Sulteng', 8, 2], ['Sulawesi Tenggara', 'Sultra', 8, 3], ['Sulawesi Utara', 'Sulut', 9, 1],
  ['Maluku Utara', 'Malut', 10, 1], ['Maluku', 'Maluku', 10, 3],
  ['Papua Barat Daya', 'PBD', 11, 1], ['Papua Barat', 'Papua Barat', 12, 1], ['Papua', 'Papua', 13, 1],
  ['Papua Tengah', 'Papua Tengah', 12, 2], ['Papua Pegunungan', 'Papua Peg.', 13, 2], ['Papua Selatan', 'Papua Selatan', 13, 3],
].map(([name, short, col, row]) => ({ name, short, col, row }));

// ISO 3166-1 alpha-3 → alpha-2 (for the country names the browser knows in each language).
const A3 = 'ANDADAREAEAFGAFATGAGAIAAIALBALARMAMAGOAOATAAQARGARASMASAUTATAUSAUABWAWALAAXAZEAZBIHBABRBBBBGDBDBELBEBFABFBGRBGBHRBHBDIBIBENBJBLMBLBMUBMBRNBNBOLBOBESBQBRABRBHSBSBTNBTBVTBVBWABWBLRBYBLZBZCANCACCKCCCODCDCAFCFCOGCGCHECHCIVCICOKCKCHLCLCMRCMCHNCNCOLCOCRICRCUBCUCPVCVCUWCWCXRCXCYPCYCZECZDEUDEDJIDJDNKDKDMADMDOMDODZADZECUECESTEEEGYEGESHEHERIERESPESETHETFINFIFJIFJFLKFKFSMFMFROFOFRAFRGABGAGBRGBGRDGDGEOGEGUFGFGGYGGGHAGHGIBGIGRLGLGMBGMGINGNGLPGPGNQGQGRCGRSGSGSGTMGTGUMGUGNBGWGUYGYHKGHKHMDHMHNDHNHRVHRHTIHTHUNHUIDNIDIRLIEISRILIMNIMINDINIOTIOIRQIQIRNIRISLISITAITJEYJEJAMJMJORJOJPNJPKENKEKGZKGKHMKHKIRKICOMKMKNAKNPRKKPKORKRKWTKWCYMKYKAZKZLAOLALBNLBLCALCLIELILKALKLBRLRLSOLSLTULTLUXLULVALVLBYLYMARMAMCOMCMDAMDMNEMEMAFMFMDGMGMHLMHMKDMKMLIMLMMRMMMNGMNMACMOMNPMPMTQMQMRTMRMSRMSMLTMTMUSMUMDVMVMWIMWMEXMXMYSMYMOZMZNAMNANCLNCNERNENFKNFNGANGNICNINLDNLNORNONPLNPNRUNRNIUNUNZLNZOMNOMPANPAPERPEPYFPFPNGPGPHLPHPAKPKPOLPLSPMPMPCNPNPRIPRPSEPSPRTPTPLWPWPRYPYQATQAREUREROUROSRBRSRUSRURWARWSAUSASLBSBSYCSCSDNSDSWESESGPSGSHNSHSVNSISJMSJSVKSKSLESLSMRSMSENSNSOMSOSURSRSSDSSSTPSTSLVSVSXMSXSYRSYSWZSZTCATCTCDTDATFTFTGOTGTHATHTJKTJTKLTKTLSTLTKMTMTUNTNTONTOTURTRTTOTTTUVTVTWNTWTZATZUKRUAUGAUGUMIUMUSAUSURYUYUZBUZVATVAVCTVCVENVEVGBVGVIRVIVNMVNVUTVUWLFWFWSMWSYEMYEMYTYTZAFZAZMBZMZWEZW';
const ALPHA2 = new Map();
for (let i = 0; i + 5 <= A3.length; i += 5) ALPHA2.set(A3.slice(i, i + 3), A3.slice(i + 3, i + 5));
const SPECIAL = { id: { XXA: 'Tanpa kewarganegaraan', XXB: 'Pengungsi', XXC: 'Pengungsi', XXX: 'Tidak disebutkan' },
                  en: { XXA: 'Stateless', XXB: 'Refugee', XXC: 'Refugee', XXX: 'Unspecified' } };

export function countryName(iso3, lang) {
  if (SPECIAL[lang][iso3]) return SPECIAL[lang][iso3];
  const a2 = ALPHA2.get(iso3);
  if (!a2) return iso3;
  try { return new Intl.DisplayNames([LOCALES[lang]], { type: 'region' }).of(a2) || iso3; } catch { return iso3; }
}

/** The text of {@code key} in {@code lang}, with {name} placeholders filled from {@code args}. */
export function text(lang, key, args = {}) {
  const s = TEXT[lang][key] ?? TEXT.id[key] ?? key;
  return s.replace(/\{(\w+)\}/g, (m, k) => (k in args ? String(args[k]) : m));
}
