package id.go.wna.notification.letter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The letter's values in words of one language: code values in readable words, dates, times, countries and
 * languages (its phrases are in {@link LetterMessages}). Indonesian dates use Indonesian month names ("2 Januari 2026") and times a dot ("14.05 WITA").
 */
final class LetterWords {

    private static final String[] MONTHS_ID = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
            "Agustus", "September", "Oktober", "November", "Desember"};
    private static final String[] MONTHS_EN = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    /** Code value to {Indonesian, English}. */
    private static final Map<String, String[]> CODES = new HashMap<>();

    static {
        // sex (ICAO Doc 9303)
        code("sex", "M", "Laki-laki", "Male");
        code("sex", "F", "Perempuan", "Female");
        code("sex", "X", "Tidak ditentukan (X)", "Unspecified (X)");
        // post types
        code("post", "EMBASSY", "Kedutaan Besar", "Embassy");
        code("post", "CONSULATE_GENERAL", "Konsulat Jenderal", "Consulate General");
        code("post", "CONSULATE", "Konsulat", "Consulate");
        code("post", "HONORARY_CONSULATE", "Konsulat Kehormatan", "Honorary Consulate");
        code("post", "REPRESENTATIVE_OFFICE", "Kantor Perwakilan", "Representative Office");
        // travel documents
        code("document", "PASSPORT", "Paspor", "Passport");
        code("document", "DIPLOMATIC_PASSPORT", "Paspor diplomatik", "Diplomatic passport");
        code("document", "SERVICE_PASSPORT", "Paspor dinas", "Service passport");
        code("document", "REFUGEE_TRAVEL_DOCUMENT", "Dokumen perjalanan pengungsi (Konvensi 1951)",
                "Refugee travel document (1951 Convention)");
        code("document", "STATELESS_TRAVEL_DOCUMENT", "Dokumen perjalanan orang tanpa kewarganegaraan",
                "Travel document for stateless persons");
        code("document", "EMERGENCY_TRAVEL_DOCUMENT", "Surat perjalanan darurat (laissez-passer)",
                "Emergency travel document (laissez-passer)");
        code("document", "OTHER", "Dokumen lain", "Other document");
        // stay permits (UU 6/2011 Pasal 48)
        code("permit", "DIPLOMATIC", "Izin tinggal diplomatik", "Diplomatic stay permit");
        code("permit", "SERVICE", "Izin tinggal dinas", "Service stay permit");
        code("permit", "ITK", "Izin Tinggal Kunjungan (ITK)", "Visit stay permit (ITK)");
        code("permit", "ITAS", "Izin Tinggal Terbatas (ITAS)", "Limited stay permit (ITAS)");
        code("permit", "ITAP", "Izin Tinggal Tetap (ITAP)", "Permanent stay permit (ITAP)");
        code("permit", "EPO", "Exit Permit Only (EPO)", "Exit Permit Only (EPO)");
        // custody
        code("custody", "ARREST", "Penangkapan", "Arrest");
        code("custody", "POLICE_DETENTION", "Penahanan oleh kepolisian", "Police detention");
        code("custody", "PRE_TRIAL_DETENTION", "Penahanan sebelum putusan pengadilan", "Pre-trial detention");
        code("custody", "IMMIGRATION_DETENTION", "Detensi imigrasi", "Immigration detention");
        code("custody", "IMPRISONMENT", "Menjalani pidana penjara", "Serving a prison sentence");
        code("custody", "HOSPITAL_IN_CUSTODY", "Dirawat di rumah sakit dalam status tahanan",
                "In hospital, in custody");
        code("custody", "OTHER", "Bentuk penahanan lain", "Other form of detention");
        // places of detention
        code("facility", "RUDENIM", "Rumah Detensi Imigrasi (Rudenim)", "Immigration detention centre (Rudenim)");
        code("facility", "RUANG_DETENSI", "Ruang detensi imigrasi", "Immigration detention room (ruang detensi)");
        code("facility", "POLICE_CELL", "Ruang tahanan kepolisian", "Police cell");
        code("facility", "RUTAN", "Rumah Tahanan Negara (Rutan)", "Remand centre (Rutan)");
        code("facility", "LAPAS", "Lembaga Pemasyarakatan (Lapas)", "Prison (Lapas)");
        code("facility", "HOSPITAL", "Rumah sakit", "Hospital");
        code("facility", "OTHER", "Tempat lain", "Other place");
        // follow-up stages
        code("stage", "TRANSFER", "Pemindahan ke tempat penahanan lain", "Transfer to another place of detention");
        code("stage", "HOSPITAL_ADMISSION", "Dirawat di rumah sakit", "Admission to hospital");
        code("stage", "SERIOUS_ILLNESS", "Sakit serius", "Serious illness");
        code("stage", "RELEASE", "Pembebasan", "Release");
        code("stage", "DEPORTATION", "Pendeportasian", "Deportation");
        code("stage", "DEATH_IN_CUSTODY", "Meninggal dunia dalam penahanan", "Death in custody");
        code("stage", "DEATH_PENALTY_CHARGED", "Penuntut umum menuntut pidana mati",
                "The prosecution seeks the death penalty");
        code("stage", "DEATH_SENTENCE_IMPOSED", "Penjatuhan pidana mati", "Death sentence imposed");
        code("stage", "DEATH_SENTENCE_FINAL_APPEAL", "Putusan atas upaya hukum terakhir dalam perkara pidana mati",
                "Final appeal decided in a death-penalty case");
        code("stage", "EXECUTION_SCHEDULED", "Penjadwalan pelaksanaan pidana mati", "Execution scheduled");
        code("stage", "DEATH_SENTENCE_CASE_REVIEW_FILED", "Pengajuan peninjauan kembali (PK) dalam perkara pidana mati",
                "Case review (peninjauan kembali) filed in a death-penalty case");
        code("stage", "DEATH_SENTENCE_CASE_REVIEW_DECIDED", "Putusan peninjauan kembali (PK) dalam perkara pidana mati",
                "Case review (peninjauan kembali) decided in a death-penalty case");
        code("stage", "DEATH_SENTENCE_CLEMENCY_FILED", "Pengajuan permohonan grasi atas pidana mati",
                "Petition for clemency (grasi) against the death sentence filed");
        code("stage", "DEATH_SENTENCE_CLEMENCY_DECIDED", "Keputusan atas permohonan grasi atas pidana mati",
                "Clemency (grasi) petition decided");
        code("stage", "EXECUTION_NOTICE_GIVEN", "Pemberitahuan 3 x 24 jam kepada terpidana sebelum pelaksanaan pidana mati",
                "The convict given the 3 x 24 hours' notice of the execution");
        // next of kin
        code("kin", "SPOUSE", "Suami/istri", "Spouse");
        code("kin", "PARTNER", "Pasangan", "Partner");
        code("kin", "PARENT", "Orang tua", "Parent");
        code("kin", "CHILD", "Anak", "Child");
        code("kin", "SIBLING", "Saudara kandung", "Sibling");
        code("kin", "GUARDIAN", "Wali", "Guardian");
        code("kin", "OTHER", "Lainnya", "Other");
        // guardianship
        code("guardianship", "UNACCOMPANIED_MINOR", "Anak di bawah umur tanpa pendamping", "Unaccompanied minor");
        code("guardianship", "MINOR_WITH_PARENTS_DETAINED_OR_DECEASED",
                "Anak di bawah umur yang orang tuanya ditahan atau meninggal dunia",
                "Minor whose parents are detained or deceased");
        code("guardianship", "ADULT_LACKING_CAPACITY", "Orang dewasa yang tidak sepenuhnya cakap hukum",
                "Adult lacking full legal capacity");
        code("guardianship", "OTHER", "Alasan lain", "Other reason");
        // craft
        code("craft", "VESSEL", "Kapal", "Vessel");
        code("craft", "AIRCRAFT", "Pesawat udara", "Aircraft");
        // ICAO codes that are no country
        code("country", "XXA", "Tanpa kewarganegaraan", "Stateless");
        code("country", "XXB", "Pengungsi (Konvensi 1951)", "Refugee (1951 Convention)");
        code("country", "XXC", "Pengungsi lainnya", "Other refugee");
        code("country", "XXX", "Kewarganegaraan tidak ditentukan", "Unspecified nationality");
        code("country", "UNO", "Perserikatan Bangsa-Bangsa", "United Nations");
        code("country", "UNA", "Badan khusus PBB", "United Nations specialised agency");
        code("country", "UNK", "Misi PBB di Kosovo", "United Nations mission in Kosovo");
        code("country", "EUE", "Uni Eropa", "European Union");
        code("country", "D", "Jerman", "Germany");
        code("country", "GBD", "Britania Raya (British Overseas Territories Citizen)",
                "United Kingdom (British Overseas Territories Citizen)");
        code("country", "GBN", "Britania Raya (British National (Overseas))",
                "United Kingdom (British National (Overseas))");
        code("country", "GBO", "Britania Raya (British Overseas Citizen)", "United Kingdom (British Overseas Citizen)");
        code("country", "GBP", "Britania Raya (British Protected Person)", "United Kingdom (British Protected Person)");
        code("country", "GBS", "Britania Raya (British Subject)", "United Kingdom (British Subject)");
    }

    private static final Map<String, String> ALPHA3_TO_ALPHA2 = new HashMap<>();

    static {
        for (String a2 : Locale.getISOCountries()) {
            try {
                ALPHA3_TO_ALPHA2.put(new Locale("", a2).getISO3Country(), a2);
            } catch (RuntimeException noAlpha3) {
                // a region without an alpha-3 code: not a nationality
            }
        }
    }

    private static void code(String group, String code, String id, String en) {
        CODES.put(group + ":" + code, new String[]{id, en});
    }

    final boolean id;
    private final ZoneId zone;
    private final String zoneAbbreviation;
    private final LetterMessages m;

    LetterWords(String lang, ZoneId zone, String zoneAbbreviation, LetterMessages messages) {
        this.id = lang.equals("id");
        this.zone = zone;
        this.zoneAbbreviation = zoneAbbreviation;
        this.m = messages;
    }

    String unknown() {
        return m.notKnown();
    }

    String lang() {
        return id ? "id" : "en";
    }

    /** A code in readable words; an unknown code prints as given, a null one as {@code null}. */
    String code(String group, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String[] words = CODES.get(group + ":" + code.trim().toUpperCase(Locale.ROOT));
        return words == null ? code : words[id ? 0 : 1];
    }

    /** "29 November 2026" / "2 Januari 2026". */
    String date(LocalDate d) {
        if (d == null) {
            return null;
        }
        return d.getDayOfMonth() + " " + (id ? MONTHS_ID : MONTHS_EN)[d.getMonthValue() - 1] + " " + d.getYear();
    }

    /** The date of an instant in the letter's zone. */
    String date(Instant i) {
        return i == null ? null : date(LocalDate.ofInstant(i, zone));
    }

    /** The date of an instant in the given zone. */
    String date(Instant i, ZoneId z) {
        return i == null ? null : date(LocalDate.ofInstant(i, z));
    }

    /** "29 November 2026 14.05 WITA" / "29 November 2026, 14:05 WITA". */
    String dateTime(Instant i) {
        if (i == null) {
            return null;
        }
        ZonedDateTime z = i.atZone(zone);
        String time = String.format(Locale.ROOT, id ? "%02d.%02d" : "%02d:%02d", z.getHour(), z.getMinute());
        return date(z.toLocalDate()) + (id ? " " : ", ") + time + " " + zoneAbbreviation;
    }

    /** The name of a country (ISO 3166-1 alpha-3, or an ICAO code), without its code. */
    String countryName(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String c = code.trim().toUpperCase(Locale.ROOT);
        String[] special = CODES.get("country:" + c);
        if (special != null) {
            return special[id ? 0 : 1];
        }
        String a2 = ALPHA3_TO_ALPHA2.get(c);
        if (a2 == null) {
            return code;
        }
        String name = new Locale("", a2).getDisplayCountry(id ? INDONESIAN : Locale.ENGLISH);
        return name == null || name.isBlank() || name.equals(a2) ? code : name;
    }

    /** "Jerman (DEU)". */
    String country(String code) {
        String name = countryName(code);
        if (name == null) {
            return null;
        }
        return name.equalsIgnoreCase(code.trim()) ? name : name + " (" + code.trim().toUpperCase(Locale.ROOT) + ")";
    }

    /** "Jerman (DEU) dan Viet Nam (VNM)". */
    String countries(List<String> codes, boolean withCodes) {
        List<String> names = codes.stream().filter(c -> c != null && !c.isBlank())
                .map(c -> withCodes ? country(c) : countryName(c)).collect(Collectors.toList());
        return joinAnd(names);
    }

    String joinAnd(List<String> items) {
        if (items.isEmpty()) {
            return null;
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        String and = m.and();
        return String.join(", ", items.subList(0, items.size() - 1)) + and + items.get(items.size() - 1);
    }

    /** An ISO 639 code in words ("Inggris (en)"); any other text prints as given. */
    String language(String language) {
        if (language == null || language.isBlank()) {
            return null;
        }
        String l = language.trim();
        if (l.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            Locale locale = Locale.forLanguageTag(l);
            String name = locale.getDisplayLanguage(id ? INDONESIAN : Locale.ENGLISH);
            if (name != null && !name.isBlank() && !name.equalsIgnoreCase(locale.getLanguage())) {
                return name + " (" + l + ")";
            }
        }
        return l;
    }

    String yesNo(Boolean b) {
        return b == null ? null : b ? m.yes() : m.no();
    }
}
