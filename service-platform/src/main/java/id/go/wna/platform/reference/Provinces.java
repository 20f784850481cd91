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
 */
public final class Provinces {

    public record Province(String code, String name) {

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
        add("91", "Papua Barat");
        add("92", "Papua Barat Daya");
        add("94", "Papua");
        add("95", "Papua Selatan");
        add("96", "Papua Tengah");
        add("97", "Papua Pegunungan");
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
        Province p = new Province(code, name);
        BY_CODE.put(code, p);
        BY_NAME.put(key(name), p);
    }

    private static void alias(String name, String code) {
        BY_NAME.put(key(name), BY_CODE.get(code));
    }

    /** By BPS code ("51") or name, in any case, with or without "Provinsi". */
    public static Optional<Province> find(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return Optional.empty();
        }
        String s = codeOrName.strip();
        Province byCode = BY_CODE.get(s);
        return byCode != null ? Optional.of(byCode) : Optional.ofNullable(BY_NAME.get(key(s)));
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
