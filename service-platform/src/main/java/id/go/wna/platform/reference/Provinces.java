package id.go.wna.platform.reference;

import java.text.Normalizer;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Indonesia's 38 provinces with their two-digit BPS codes (BPS master file of regions, 2023: the four Papua provinces
 * of 2022 included). Cases and statistics key provinces by code; people read the name.
 *
 * <p>Two numbering schemes are in use and they disagree on the Papua provinces: BPS (Statistics Indonesia) and
 * Kemendagri (Ministry of Home Affairs, the code on identity cards). The canonical code here is BPS. A bare code is
 * read as BPS; a Kemendagri code is accepted only when the input says so ({@code kemendagri:94}), since "94" is Papua
 * for BPS and Papua Tengah for Kemendagri. {@code bps:94} is accepted too.
 */
public final class Provinces {

    /** Which numbering a code follows. */
    public enum Scheme { BPS, KEMENDAGRI }

    /**
     * @param code           BPS code (canonical)
     * @param kemendagriCode Kemendagri code; the same as the BPS code outside Papua
     */
    public record Province(String code, String name, String kemendagriCode) {

        /**
         * The province's legal time zone (Keppres 41/1987): WIB (UTC+7) for Sumatra, Java, West and Central
         * Kalimantan; WITA (UTC+8) for Bali, Nusa Tenggara, South, East and North Kalimantan, Sulawesi; WIT (UTC+9)
         * for Maluku and Papua. Times are stored in UTC and shown in this zone.
         */
        public ZoneId zone() {
            int c = Integer.parseInt(code);
            if (c >= 81) {
                return WIT;
            }
            if (c >= 51 && c != 61 && c != 62) {
                return WITA;
            }
            return WIB;
        }

        /** WIB, WITA or WIT, as Indonesians write it after a time. */
        public String zoneAbbreviation() {
            ZoneId z = zone();
            return z.equals(WIB) ? "WIB" : z.equals(WITA) ? "WITA" : "WIT";
        }
    }

    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    public static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    public static final ZoneId WIT = ZoneId.of("Asia/Jayapura");

    private static final Map<String, Province> BY_CODE = new LinkedHashMap<>();
    private static final Map<String, Province> BY_KEMENDAGRI_CODE = new LinkedHashMap<>();
    private static final Map<String, Province> BY_NAME = new LinkedHashMap<>();

    static {
        add("11", "Aceh");
        add("12", "Sumatera Utara");
        add("13", "Sumatera Barat");
        add("14", "Riau");
        add("15", "Jambi");
        add("16", "Sumatera Selatan");
        add("17", "Bengkulu");
        add("18", "Lampung");
        add("19", "Kepulauan Bangka Belitung");
        add("21", "Kepulauan Riau");
        add("31", "DKI Jakarta");
        add("32", "Jawa Barat");
        add("33", "Jawa Tengah");
        add("34", "DI Yogyakarta");
        add("35", "Jawa Timur");
        add("36", "Banten");
        add("51", "Bali");
        add("52", "Nusa Tenggara Barat");
        add("53", "Nusa Tenggara Timur");
        add("61", "Kalimantan Barat");
        add("62", "Kalimantan Tengah");
        add("63", "Kalimantan Selatan");
        add("64", "Kalimantan Timur");
        add("65", "Kalimantan Utara");
        add("71", "Sulawesi Utara");
        add("72", "Sulawesi Tengah");
        add("73", "Sulawesi Selatan");
        add("74", "Sulawesi Tenggara");
        add("75", "Gorontalo");
        add("76", "Sulawesi Barat");
        add("81", "Maluku");
        add("82", "Maluku Utara");
        // Papua: BPS and Kemendagri number differently. Kemendagri kept 91 Papua and 92 Papua Barat and numbered the
        // provinces of 2022 93-96; BPS kept 94 Papua and 91 Papua Barat and added 92, 95-97.
        // [check] the 2022 provinces' codes in both schemes against the current BPS and Kemendagri code lists.
        add("91", "Papua Barat", "92");
        add("92", "Papua Barat Daya", "96");
        add("94", "Papua", "91");
        add("95", "Papua Selatan", "93");
        add("96", "Papua Tengah", "94");
        add("97", "Papua Pegunungan", "95");
        // Names officers commonly type for the same province.
        alias("Jakarta", "31");
        alias("Daerah Khusus Ibukota Jakarta", "31");
        alias("Yogyakarta", "34");
        alias("Daerah Istimewa Yogyakarta", "34");
        alias("Bangka Belitung", "19");
        alias("Kepri", "21");
        alias("NTB", "52");
        alias("NTT", "53");
    }

    private Provinces() {
    }

    private static void add(String code, String name) {
        add(code, name, code);
    }

    private static void add(String code, String name, String kemendagriCode) {
        Province p = new Province(code, name, kemendagriCode);
        BY_CODE.put(code, p);
        BY_KEMENDAGRI_CODE.put(kemendagriCode, p);
        BY_NAME.put(key(name), p);
    }

    private static void alias(String name, String code) {
        BY_NAME.put(key(name), BY_CODE.get(code));
    }

    /**
     * By BPS code ("51", or "bps:51"), Kemendagri code only when prefixed ("kemendagri:94"), or name, in any case,
     * with or without "Provinsi".
     */
    public static Optional<Province> find(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return Optional.empty();
        }
        String s = codeOrName.strip();
        int colon = s.indexOf(':');
        if (colon > 0) {
            String prefix = s.substring(0, colon).strip().toUpperCase(Locale.ROOT);
            for (Scheme scheme : Scheme.values()) {
                if (scheme.name().equals(prefix)) {
                    return byCode(scheme, s.substring(colon + 1).strip());
                }
            }
            return Optional.empty();
        }
        Province byCode = BY_CODE.get(s);
        return byCode != null ? Optional.of(byCode) : Optional.ofNullable(BY_NAME.get(key(s)));
    }

    /** By a code of the given scheme. */
    public static Optional<Province> byCode(Scheme scheme, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable((scheme == Scheme.BPS ? BY_CODE : BY_KEMENDAGRI_CODE).get(code.strip()));
    }

    public static List<Province> all() {
        return List.copyOf(BY_CODE.values());
    }

    private static String key(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", " ").replaceAll("\\s+", " ").strip();
        return plain.startsWith("provinsi ") ? plain.substring("provinsi ".length()) : plain;
    }
}
