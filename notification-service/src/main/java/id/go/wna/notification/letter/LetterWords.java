package id.go.wna.notification.letter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The letter's values in words of one language: code values in readable words ({@link LetterCodes}), dates, times,
 * countries and languages (its phrases are in {@link LetterMessages}). Indonesian dates use Indonesian month names
 * ("2 Januari 2026") and times a dot ("14.05 WITA").
 */
final class LetterWords {

    private static final List<Function<LetterMessages, String>> MONTHS = List.of(LetterMessages::january,
            LetterMessages::february, LetterMessages::march, LetterMessages::april, LetterMessages::may,
            LetterMessages::june, LetterMessages::july, LetterMessages::august, LetterMessages::september,
            LetterMessages::october, LetterMessages::november, LetterMessages::december);
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    /** "group:CODE" to its message in {@link LetterCodes}. */
    private static final Map<String, Function<LetterCodes, String>> CODES = Map.ofEntries(
            Map.entry("sex:M", LetterCodes::sex_M),
            Map.entry("sex:F", LetterCodes::sex_F),
            Map.entry("sex:X", LetterCodes::sex_X),
            Map.entry("post:EMBASSY", LetterCodes::post_EMBASSY),
            Map.entry("post:CONSULATE_GENERAL", LetterCodes::post_CONSULATE_GENERAL),
            Map.entry("post:CONSULATE", LetterCodes::post_CONSULATE),
            Map.entry("post:HONORARY_CONSULATE", LetterCodes::post_HONORARY_CONSULATE),
            Map.entry("post:REPRESENTATIVE_OFFICE", LetterCodes::post_REPRESENTATIVE_OFFICE),
            Map.entry("document:PASSPORT", LetterCodes::document_PASSPORT),
            Map.entry("document:DIPLOMATIC_PASSPORT", LetterCodes::document_DIPLOMATIC_PASSPORT),
            Map.entry("document:SERVICE_PASSPORT", LetterCodes::document_SERVICE_PASSPORT),
            Map.entry("document:REFUGEE_TRAVEL_DOCUMENT", LetterCodes::document_REFUGEE_TRAVEL_DOCUMENT),
            Map.entry("document:STATELESS_TRAVEL_DOCUMENT", LetterCodes::document_STATELESS_TRAVEL_DOCUMENT),
            Map.entry("document:EMERGENCY_TRAVEL_DOCUMENT", LetterCodes::document_EMERGENCY_TRAVEL_DOCUMENT),
            Map.entry("document:OTHER", LetterCodes::document_OTHER),
            Map.entry("permit:DIPLOMATIC", LetterCodes::permit_DIPLOMATIC),
            Map.entry("permit:SERVICE", LetterCodes::permit_SERVICE),
            Map.entry("permit:ITK", LetterCodes::permit_ITK),
            Map.entry("permit:ITAS", LetterCodes::permit_ITAS),
            Map.entry("permit:ITAP", LetterCodes::permit_ITAP),
            Map.entry("permit:EPO", LetterCodes::permit_EPO),
            Map.entry("custody:ARREST", LetterCodes::custody_ARREST),
            Map.entry("custody:POLICE_DETENTION", LetterCodes::custody_POLICE_DETENTION),
            Map.entry("custody:PRE_TRIAL_DETENTION", LetterCodes::custody_PRE_TRIAL_DETENTION),
            Map.entry("custody:IMMIGRATION_DETENTION", LetterCodes::custody_IMMIGRATION_DETENTION),
            Map.entry("custody:IMPRISONMENT", LetterCodes::custody_IMPRISONMENT),
            Map.entry("custody:HOSPITAL_IN_CUSTODY", LetterCodes::custody_HOSPITAL_IN_CUSTODY),
            Map.entry("custody:OTHER", LetterCodes::custody_OTHER),
            Map.entry("facility:RUDENIM", LetterCodes::facility_RUDENIM),
            Map.entry("facility:RUANG_DETENSI", LetterCodes::facility_RUANG_DETENSI),
            Map.entry("facility:POLICE_CELL", LetterCodes::facility_POLICE_CELL),
            Map.entry("facility:RUTAN", LetterCodes::facility_RUTAN),
            Map.entry("facility:LAPAS", LetterCodes::facility_LAPAS),
            Map.entry("facility:HOSPITAL", LetterCodes::facility_HOSPITAL),
            Map.entry("facility:OTHER", LetterCodes::facility_OTHER),
            Map.entry("stage:TRANSFER", LetterCodes::stage_TRANSFER),
            Map.entry("stage:HOSPITAL_ADMISSION", LetterCodes::stage_HOSPITAL_ADMISSION),
            Map.entry("stage:SERIOUS_ILLNESS", LetterCodes::stage_SERIOUS_ILLNESS),
            Map.entry("stage:RELEASE", LetterCodes::stage_RELEASE),
            Map.entry("stage:DEPORTATION", LetterCodes::stage_DEPORTATION),
            Map.entry("stage:DEATH_IN_CUSTODY", LetterCodes::stage_DEATH_IN_CUSTODY),
            Map.entry("stage:DEATH_PENALTY_CHARGED", LetterCodes::stage_DEATH_PENALTY_CHARGED),
            Map.entry("stage:DEATH_SENTENCE_IMPOSED", LetterCodes::stage_DEATH_SENTENCE_IMPOSED),
            Map.entry("stage:DEATH_SENTENCE_FINAL_APPEAL", LetterCodes::stage_DEATH_SENTENCE_FINAL_APPEAL),
            Map.entry("stage:EXECUTION_SCHEDULED", LetterCodes::stage_EXECUTION_SCHEDULED),
            Map.entry("stage:DEATH_SENTENCE_CASE_REVIEW_FILED", LetterCodes::stage_DEATH_SENTENCE_CASE_REVIEW_FILED),
            Map.entry("stage:DEATH_SENTENCE_CASE_REVIEW_DECIDED", LetterCodes::stage_DEATH_SENTENCE_CASE_REVIEW_DECIDED),
            Map.entry("stage:DEATH_SENTENCE_CLEMENCY_FILED", LetterCodes::stage_DEATH_SENTENCE_CLEMENCY_FILED),
            Map.entry("stage:DEATH_SENTENCE_CLEMENCY_DECIDED", LetterCodes::stage_DEATH_SENTENCE_CLEMENCY_DECIDED),
            Map.entry("stage:EXECUTION_NOTICE_GIVEN", LetterCodes::stage_EXECUTION_NOTICE_GIVEN),
            Map.entry("kin:SPOUSE", LetterCodes::kin_SPOUSE),
            Map.entry("kin:PARTNER", LetterCodes::kin_PARTNER),
            Map.entry("kin:PARENT", LetterCodes::kin_PARENT),
            Map.entry("kin:CHILD", LetterCodes::kin_CHILD),
            Map.entry("kin:SIBLING", LetterCodes::kin_SIBLING),
            Map.entry("kin:GUARDIAN", LetterCodes::kin_GUARDIAN),
            Map.entry("kin:OTHER", LetterCodes::kin_OTHER),
            Map.entry("guardianship:UNACCOMPANIED_MINOR", LetterCodes::guardianship_UNACCOMPANIED_MINOR),
            Map.entry("guardianship:MINOR_WITH_PARENTS_DETAINED_OR_DECEASED", LetterCodes::guardianship_MINOR_WITH_PARENTS_DETAINED_OR_DECEASED),
            Map.entry("guardianship:ADULT_LACKING_CAPACITY", LetterCodes::guardianship_ADULT_LACKING_CAPACITY),
            Map.entry("guardianship:OTHER", LetterCodes::guardianship_OTHER),
            Map.entry("craft:VESSEL", LetterCodes::craft_VESSEL),
            Map.entry("craft:AIRCRAFT", LetterCodes::craft_AIRCRAFT),
            Map.entry("country:XXA", LetterCodes::country_XXA),
            Map.entry("country:XXB", LetterCodes::country_XXB),
            Map.entry("country:XXC", LetterCodes::country_XXC),
            Map.entry("country:XXX", LetterCodes::country_XXX),
            Map.entry("country:UNO", LetterCodes::country_UNO),
            Map.entry("country:UNA", LetterCodes::country_UNA),
            Map.entry("country:UNK", LetterCodes::country_UNK),
            Map.entry("country:EUE", LetterCodes::country_EUE),
            Map.entry("country:D", LetterCodes::country_D),
            Map.entry("country:GBD", LetterCodes::country_GBD),
            Map.entry("country:GBN", LetterCodes::country_GBN),
            Map.entry("country:GBO", LetterCodes::country_GBO),
            Map.entry("country:GBP", LetterCodes::country_GBP),
            Map.entry("country:GBS", LetterCodes::country_GBS));

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


    final boolean id;
    private final ZoneId zone;
    private final String zoneAbbreviation;
    private final LetterMessages m;
    private final LetterCodes codes;

    LetterWords(String lang, ZoneId zone, String zoneAbbreviation, LetterMessages messages, LetterCodes codes) {
        this.id = lang.equals("id");
        this.zone = zone;
        this.zoneAbbreviation = zoneAbbreviation;
        this.m = messages;
        this.codes = codes;
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
        Function<LetterCodes, String> words = CODES.get(group + ":" + code.trim().toUpperCase(Locale.ROOT));
        return words == null ? code : words.apply(codes);
    }

    /** "29 November 2026" / "2 Januari 2026". */
    String date(LocalDate d) {
        if (d == null) {
            return null;
        }
        return m.fullDate(d.getDayOfMonth(), MONTHS.get(d.getMonthValue() - 1).apply(m), d.getYear());
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
        return m.fullDateTime(date(z.toLocalDate()), String.format(Locale.ROOT, "%02d", z.getHour()),
                String.format(Locale.ROOT, "%02d", z.getMinute()), zoneAbbreviation);
    }

    /** The name of a country (ISO 3166-1 alpha-3, or an ICAO code), without its code. */
    String countryName(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String c = code.trim().toUpperCase(Locale.ROOT);
        Function<LetterCodes, String> special = CODES.get("country:" + c);
        if (special != null) {
            return special.apply(codes);
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
