package id.go.wna.infra.demo;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The proportions the demo data follows: nationalities weighted roughly like Indonesia's foreign residents and
 * visitors, provinces weighted toward where foreigners live and work (Jakarta, Bali, the Riau Islands, the Java
 * industrial belt, the nickel smelters of Central Sulawesi and North Maluku), each nationality leaning toward its own
 * provinces (Australians to Bali, Timorese to East Nusa Tenggara, Chinese workers to the smelters...). Plausible, not
 * official statistics.
 */
public final class DemoReference {

    private DemoReference() {
    }

    /** A province with its BPS code (as service-platform's {@code Provinces}), capital, weight and main border post. */
    public record Province(String code, String name, String city, double weight, String port) {
    }

    public static final List<Province> PROVINCES = List.of(
            new Province("11", "Aceh", "Banda Aceh", 0.3, "BTJ"),
            new Province("12", "Sumatera Utara", "Medan", 4, "KNO"),
            new Province("13", "Sumatera Barat", "Padang", 0.4, "PDG"),
            new Province("14", "Riau", "Pekanbaru", 1.2, "PKU"),
            new Province("15", "Jambi", "Jambi", 0.2, "DJB"),
            new Province("16", "Sumatera Selatan", "Palembang", 0.6, "PLM"),
            new Province("17", "Bengkulu", "Bengkulu", 0.1, "BKS"),
            new Province("18", "Lampung", "Bandar Lampung", 0.3, "TKG"),
            new Province("19", "Kepulauan Bangka Belitung", "Pangkalpinang", 0.3, "PGK"),
            new Province("21", "Kepulauan Riau", "Batam", 9, "BTH"),
            new Province("31", "DKI Jakarta", "Jakarta", 24, "CGK"),
            new Province("32", "Jawa Barat", "Bandung", 8, "CGK"),
            new Province("33", "Jawa Tengah", "Semarang", 2.5, "SRG"),
            new Province("34", "DI Yogyakarta", "Yogyakarta", 1.5, "YIA"),
            new Province("35", "Jawa Timur", "Surabaya", 6, "SUB"),
            new Province("36", "Banten", "Serang", 7, "CGK"),
            new Province("51", "Bali", "Denpasar", 18, "DPS"),
            new Province("52", "Nusa Tenggara Barat", "Mataram", 1.5, "LOP"),
            new Province("53", "Nusa Tenggara Timur", "Kupang", 1, "KOE"),
            new Province("61", "Kalimantan Barat", "Pontianak", 0.8, "PNK"),
            new Province("62", "Kalimantan Tengah", "Palangka Raya", 0.3, "PKY"),
            new Province("63", "Kalimantan Selatan", "Banjarmasin", 0.3, "BDJ"),
            new Province("64", "Kalimantan Timur", "Balikpapan", 1.2, "BPN"),
            new Province("65", "Kalimantan Utara", "Tarakan", 0.3, "TRK"),
            new Province("71", "Sulawesi Utara", "Manado", 1, "MDC"),
            new Province("72", "Sulawesi Tengah", "Palu", 4, "PLW"),
            new Province("73", "Sulawesi Selatan", "Makassar", 1.5, "UPG"),
            new Province("74", "Sulawesi Tenggara", "Kendari", 0.8, "KDI"),
            new Province("75", "Gorontalo", "Gorontalo", 0.1, "GTO"),
            new Province("76", "Sulawesi Barat", "Mamuju", 0.1, "MJU"),
            new Province("81", "Maluku", "Ambon", 0.2, "AMQ"),
            new Province("82", "Maluku Utara", "Ternate", 3, "TTE"),
            new Province("91", "Papua Barat", "Manokwari", 0.3, "MKW"),
            new Province("92", "Papua Barat Daya", "Sorong", 0.2, "SOQ"),
            new Province("94", "Papua", "Jayapura", 0.4, "DJJ"),
            new Province("95", "Papua Selatan", "Merauke", 0.1, "MKQ"),
            new Province("96", "Papua Tengah", "Timika", 0.3, "TIM"),
            new Province("97", "Papua Pegunungan", "Wamena", 0.05, "WMX"));

    private static final Map<String, Province> BY_CODE = new HashMap<>();

    static {
        PROVINCES.forEach(p -> BY_CODE.put(p.code(), p));
    }

    public static Province province(String code) {
        Province p = BY_CODE.get(code);
        if (p == null) {
            throw new IllegalArgumentException("no province " + code);
        }
        return p;
    }

    /** Name groups, for plausible names in passports. */
    enum Names {
        CHINESE, JAPANESE, KOREAN, ANGLO, EUROPEAN, SLAVIC, SOUTH_ASIAN, MALAY, FILIPINO, THAI, VIETNAMESE, TIMORESE,
        BURMESE, ARABIC, AFGHAN, WEST_AFRICAN, LATIN
    }

    /** A nationality: ISO 3166-1 alpha-3, ICAO code in the MRZ, weight, name group, how many come to work, to holiday. */
    public record Nationality(String iso3, String icao, double weight, Names names, double workers, double tourists) {
    }

    private static Nationality n(String iso3, double weight, Names names, double workers, double tourists) {
        return new Nationality(iso3, iso3.equals("DEU") ? "D" : iso3, weight, names, workers, tourists);
    }

    private static Nationality n(String iso3, double weight, Names names) {
        return n(iso3, weight, names, 1, 1);
    }

    public static final List<Nationality> NATIONALITIES = List.of(
            n("CHN", 18, Names.CHINESE, 2.5, 0.6),
            n("AUS", 10, Names.ANGLO, 0.5, 1.6),
            n("JPN", 6, Names.JAPANESE, 1.8, 0.8),
            n("KOR", 6, Names.KOREAN, 1.8, 0.8),
            n("MYS", 6, Names.MALAY, 0.8, 1.3),
            n("IND", 5, Names.SOUTH_ASIAN, 1.6, 0.9),
            n("USA", 5, Names.ANGLO),
            n("GBR", 4, Names.ANGLO),
            n("SGP", 4, Names.CHINESE, 0.8, 1.4),
            n("PHL", 3.5, Names.FILIPINO, 1.5, 0.7),
            n("RUS", 3, Names.SLAVIC, 0.4, 1.7),
            n("NLD", 2.5, Names.EUROPEAN),
            n("DEU", 2.5, Names.EUROPEAN),
            n("FRA", 2.5, Names.EUROPEAN),
            n("TWN", 2.5, Names.CHINESE, 1.6, 0.8),
            n("TLS", 2, Names.TIMORESE, 1, 0.6),
            n("THA", 1.5, Names.THAI),
            n("VNM", 1.5, Names.VIETNAMESE, 1.4, 0.8),
            n("SAU", 1, Names.ARABIC, 0.3, 1.5),
            n("NGA", 0.8, Names.WEST_AFRICAN),
            n("CAN", 1, Names.ANGLO),
            n("NZL", 1, Names.ANGLO),
            n("ITA", 1, Names.EUROPEAN),
            n("ESP", 0.8, Names.LATIN),
            n("HKG", 0.8, Names.CHINESE),
            n("PAK", 0.8, Names.SOUTH_ASIAN),
            n("BGD", 0.8, Names.SOUTH_ASIAN, 1.5, 0.5),
            n("UKR", 0.6, Names.SLAVIC, 0.5, 1.6),
            n("TUR", 0.6, Names.ARABIC),
            n("CHE", 0.5, Names.EUROPEAN),
            n("MMR", 0.5, Names.BURMESE),
            n("AFG", 0.4, Names.AFGHAN, 0.2, 0.2),
            n("IRN", 0.4, Names.ARABIC),
            n("EGY", 0.4, Names.ARABIC),
            n("POL", 0.4, Names.SLAVIC),
            n("SWE", 0.4, Names.EUROPEAN),
            n("BEL", 0.4, Names.EUROPEAN),
            n("BRA", 0.4, Names.LATIN),
            n("ARE", 0.3, Names.ARABIC),
            n("YEM", 0.3, Names.ARABIC),
            n("LKA", 0.3, Names.SOUTH_ASIAN),
            n("NPL", 0.3, Names.SOUTH_ASIAN),
            n("KHM", 0.3, Names.THAI),
            n("BRN", 0.3, Names.MALAY),
            n("PNG", 0.3, Names.ANGLO),
            n("IRL", 0.3, Names.ANGLO),
            n("AUT", 0.3, Names.EUROPEAN),
            n("ZAF", 0.3, Names.ANGLO),
            n("SOM", 0.3, Names.ARABIC, 0.2, 0.2),
            n("UZB", 0.3, Names.SLAVIC),
            n("DNK", 0.2, Names.EUROPEAN),
            n("NOR", 0.2, Names.EUROPEAN),
            n("MEX", 0.2, Names.LATIN),
            n("ARG", 0.2, Names.LATIN),
            n("KEN", 0.2, Names.WEST_AFRICAN),
            n("GHA", 0.2, Names.WEST_AFRICAN),
            n("CMR", 0.2, Names.WEST_AFRICAN),
            n("SDN", 0.2, Names.ARABIC),
            n("IRQ", 0.2, Names.ARABIC),
            n("KAZ", 0.2, Names.SLAVIC),
            n("LAO", 0.1, Names.THAI),
            n("JOR", 0.1, Names.ARABIC));

    public static final Weighted<Nationality> NATIONALITY = weightedNationalities();

    private static Weighted<Nationality> weightedNationalities() {
        Map<Nationality, Double> m = new LinkedHashMap<>();
        NATIONALITIES.forEach(n -> m.put(n, n.weight()));
        return Weighted.of(m);
    }

    public static Nationality nationality(String iso3) {
        return NATIONALITIES.stream().filter(n -> n.iso3().equals(iso3)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no nationality " + iso3));
    }

    /** Where a nationality leans: province code to a factor on the province's weight. */
    private static final Map<String, Map<String, Double>> AFFINITY = Map.ofEntries(
            Map.entry("CHN", Map.of("72", 5.0, "82", 5.0, "74", 3.0, "64", 1.5)),
            Map.entry("AUS", Map.of("51", 3.0, "52", 2.0)),
            Map.entry("NZL", Map.of("51", 2.5)),
            Map.entry("RUS", Map.of("51", 3.5)),
            Map.entry("UKR", Map.of("51", 3.0)),
            Map.entry("GBR", Map.of("51", 1.8)),
            Map.entry("NLD", Map.of("51", 1.5, "34", 2.0)),
            Map.entry("DEU", Map.of("51", 1.5)),
            Map.entry("FRA", Map.of("51", 1.8)),
            Map.entry("TLS", Map.of("53", 30.0, "34", 3.0)),
            Map.entry("MYS", Map.of("21", 3.0, "12", 2.5, "61", 3.0, "14", 2.0)),
            Map.entry("SGP", Map.of("21", 5.0)),
            Map.entry("BRN", Map.of("61", 2.0, "64", 2.0)),
            Map.entry("KOR", Map.of("32", 2.0, "36", 2.0, "33", 1.5)),
            Map.entry("JPN", Map.of("32", 2.0, "31", 1.3)),
            Map.entry("TWN", Map.of("32", 1.8, "33", 1.8)),
            Map.entry("IND", Map.of("12", 2.0, "31", 1.3)),
            Map.entry("PHL", Map.of("71", 5.0, "65", 3.0)),
            Map.entry("PNG", Map.of("94", 40.0, "95", 10.0)),
            Map.entry("AFG", Map.of("21", 3.0, "14", 4.0, "73", 3.0)),
            Map.entry("MMR", Map.of("11", 20.0, "14", 3.0, "73", 2.0)),
            Map.entry("SOM", Map.of("21", 3.0, "14", 3.0)),
            Map.entry("SAU", Map.of("32", 3.0)),
            Map.entry("YEM", Map.of("32", 3.0)),
            Map.entry("ARE", Map.of("32", 2.0)),
            Map.entry("VNM", Map.of("21", 2.0, "61", 1.5)));

    private static final Map<String, Weighted<Province>> PROVINCES_OF = new ConcurrentHashMap<>();

    /** Provinces weighted for foreigners of this nationality. */
    public static Weighted<Province> provincesFor(String iso3) {
        return PROVINCES_OF.computeIfAbsent(iso3, k -> {
            Map<String, Double> lean = AFFINITY.getOrDefault(k, Map.of());
            Map<Province, Double> m = new LinkedHashMap<>();
            PROVINCES.forEach(p -> m.put(p, p.weight() * lean.getOrDefault(p.code(), 1.0)));
            return Weighted.of(m);
        });
    }

    /** Provinces weighted over everyone (no nationality lean). */
    public static final Weighted<Province> PROVINCE = weightedProvinces();

    private static Weighted<Province> weightedProvinces() {
        Map<Province, Double> m = new LinkedHashMap<>();
        PROVINCES.forEach(p -> m.put(p, p.weight()));
        return Weighted.of(m);
    }

    private static final Map<Names, String[][]> NAMES = Map.ofEntries(
            Map.entry(Names.CHINESE, new String[][]{
                    {"WANG", "LI", "ZHANG", "LIU", "CHEN", "YANG", "HUANG", "ZHAO", "WU", "ZHOU", "LIN", "TAN", "LIM"},
                    {"WEI", "JUN", "LEI", "MING", "TAO", "HAO", "JIAN", "QIANG"},
                    {"FANG", "JING", "HUI", "YAN", "XIU YING", "LI NA", "MEI", "XIAO"}}),
            Map.entry(Names.JAPANESE, new String[][]{
                    {"SATO", "SUZUKI", "TAKAHASHI", "TANAKA", "WATANABE", "ITO", "YAMAMOTO", "NAKAMURA"},
                    {"HIROSHI", "KENJI", "TAKESHI", "DAISUKE", "SHOTA", "YUTO"},
                    {"YUKI", "AKIKO", "NAOMI", "HARUKA", "AYAKA", "MISAKI"}}),
            Map.entry(Names.KOREAN, new String[][]{
                    {"KIM", "LEE", "PARK", "CHOI", "JUNG", "KANG", "CHO", "YOON"},
                    {"MIN JUN", "JI HOON", "HYUN WOO", "DONG HYUN", "SUNG MIN"},
                    {"SEO YEON", "SO YEON", "JI YOUNG", "MIN JI", "HYE JIN"}}),
            Map.entry(Names.ANGLO, new String[][]{
                    {"SMITH", "JONES", "WILLIAMS", "BROWN", "TAYLOR", "WILSON", "MARTIN", "THOMPSON", "WHITE", "CAMPBELL"},
                    {"JAMES", "JACK", "LIAM", "NOAH", "OLIVER", "THOMAS", "DANIEL", "MICHAEL"},
                    {"OLIVIA", "CHARLOTTE", "EMMA", "AMELIA", "SOPHIE", "GRACE", "CHLOE", "SARAH"}}),
            Map.entry(Names.EUROPEAN, new String[][]{
                    {"MUELLER", "SCHMIDT", "DE JONG", "JANSEN", "BERNARD", "DUBOIS", "ROSSI", "FISCHER", "VAN DIJK", "LAURENT"},
                    {"LUKAS", "THOMAS", "PIETER", "MARCO", "JULIEN", "FELIX", "JAN"},
                    {"SOPHIE", "JULIA", "ANNA", "CLAIRE", "LAURA", "EMMA", "LISA"}}),
            Map.entry(Names.SLAVIC, new String[][]{
                    {"IVANOV", "PETROV", "SMIRNOV", "KOVALENKO", "SHEVCHENKO", "NOWAK", "VOLKOV", "SOKOLOV"},
                    {"ALEKSANDR", "DMITRY", "SERGEI", "ANDRII", "MAKSIM", "PIOTR"},
                    {"OLGA", "NATALIA", "ANASTASIA", "YULIA", "IRINA", "KATARZYNA"}}),
            Map.entry(Names.SOUTH_ASIAN, new String[][]{
                    {"SHARMA", "KUMAR", "SINGH", "PATEL", "KHAN", "RAHMAN", "HOSSAIN", "PERERA", "GURUNG"},
                    {"RAHUL", "ARJUN", "IMRAN", "VIKRAM", "ARIF", "SANJAY"},
                    {"PRIYA", "AISHA", "FATIMA", "ANJALI", "NADIA", "SUNITA"}}),
            Map.entry(Names.MALAY, new String[][]{
                    {"ABDULLAH", "RAHMAN", "ISMAIL", "HASSAN", "OMAR", "YUSOF", "AZIZ"},
                    {"AHMAD", "MOHD FAIZ", "HAFIZ", "AMIRUL", "SYAFIQ"},
                    {"NUR AIN", "SITI", "NURUL", "AISYAH", "FARAH"}}),
            Map.entry(Names.FILIPINO, new String[][]{
                    {"SANTOS", "REYES", "CRUZ", "BAUTISTA", "GARCIA", "MENDOZA", "DELA CRUZ"},
                    {"JOSE", "MARK", "JOHN PAUL", "RAMON", "MIGUEL"},
                    {"MARIA", "ANGELICA", "JOY", "KRISTINE", "LIZA"}}),
            Map.entry(Names.THAI, new String[][]{
                    {"SRISUK", "CHAIYAPORN", "WONGSA", "SOK", "CHAN", "PHOMMA", "KAEWKANYA"},
                    {"SOMCHAI", "ANAN", "VIRAK", "SOVANN", "KITTI"},
                    {"SUDA", "MALEE", "SREY", "PORNTIP", "NARI"}}),
            Map.entry(Names.VIETNAMESE, new String[][]{
                    {"NGUYEN", "TRAN", "LE", "PHAM", "HOANG", "VU", "DANG"},
                    {"VAN HUNG", "MINH", "DUC ANH", "QUANG", "THANH"},
                    {"THI LAN", "THI HOA", "NGOC ANH", "THU TRANG", "MAI"}}),
            Map.entry(Names.TIMORESE, new String[][]{
                    {"DA COSTA", "SOARES", "PEREIRA", "XIMENES", "DOS SANTOS", "GUTERRES", "BELO"},
                    {"JOAO", "ANTONIO", "FRANCISCO", "MANUEL", "JOSE"},
                    {"MARIA", "ROSA", "JOANA", "TERESA", "ANA"}}),
            Map.entry(Names.BURMESE, new String[][]{
                    {"AUNG", "KYAW", "MOHAMMED", "HLA", "ZAW", "ULLAH"},
                    {"MIN THU", "KO KO", "NOOR", "HAMID", "THEIN"},
                    {"SU MYAT", "KHIN", "ROSHIDA", "HASINA", "NILAR"}}),
            Map.entry(Names.ARABIC, new String[][]{
                    {"AL QAHTANI", "AL HARBI", "HASSAN", "IBRAHIM", "MOHAMED", "YILMAZ", "HOSSEINI", "ABDI"},
                    {"AHMED", "OMAR", "KHALID", "YUSUF", "MEHMET", "ALI"},
                    {"FATIMA", "MARYAM", "NOOR", "LEILA", "ZEYNEP", "AMINA"}}),
            Map.entry(Names.AFGHAN, new String[][]{
                    {"AHMADI", "RAHIMI", "HUSSAINI", "MOHAMMADI", "HAIDARI"},
                    {"MOHAMMAD", "ALI REZA", "HASSAN", "MUSTAFA", "ZAKI"},
                    {"ZAHRA", "FATEMA", "MASOUMA", "SHAKIBA", "NARGES"}}),
            Map.entry(Names.WEST_AFRICAN, new String[][]{
                    {"OKAFOR", "ADEYEMI", "OKONKWO", "EZE", "MENSAH", "OTIENO", "NJOROGE", "FOTSO"},
                    {"CHINEDU", "EMEKA", "KWAME", "TUNDE", "BRIAN", "SAMUEL"},
                    {"NGOZI", "ADAOBI", "AMA", "FUNMI", "GRACE", "ESTHER"}}),
            Map.entry(Names.LATIN, new String[][]{
                    {"GONZALEZ", "RODRIGUEZ", "SILVA", "FERNANDEZ", "LOPEZ", "MARTINEZ", "OLIVEIRA"},
                    {"CARLOS", "JAVIER", "LUCAS", "DIEGO", "PABLO"},
                    {"ANA", "LUCIA", "CAMILA", "SOFIA", "VALENTINA"}}));

    /** {surname, given names} plausible for the nationality and sex. */
    public static String[] name(Nationality n, String sex, Random random) {
        String[][] bank = NAMES.get(n.names());
        String[] given = sex.equals("F") ? bank[2] : sex.equals("M") ? bank[1] : random.nextBoolean() ? bank[1] : bank[2];
        return new String[]{bank[0][random.nextInt(bank[0].length)], given[random.nextInt(given.length)]};
    }
}
