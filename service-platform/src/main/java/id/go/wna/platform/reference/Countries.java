package id.go.wna.platform.reference;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Country and nationality codes: ISO 3166-1 alpha-3 as the key, ICAO Doc 9303 codes as they appear in travel
 * documents. ICAO differs from ISO for Germany ({@code D}), the classes of British nationals, United Nations
 * documents, stateless persons, refugees, the EU and "unspecified".
 */
public final class Countries {

    private static final Set<String> ISO3 = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

    /** ICAO codes that are not ISO 3166-1 alpha-3, with the ISO country they belong to where there is one. */
    private static final Map<String, Optional<String>> ICAO_ONLY = Map.ofEntries(
            Map.entry("D", Optional.of("DEU")),
            Map.entry("GBD", Optional.of("GBR")), Map.entry("GBN", Optional.of("GBR")), Map.entry("GBO", Optional.of("GBR")),
            Map.entry("GBP", Optional.of("GBR")), Map.entry("GBS", Optional.of("GBR")),
            Map.entry("UNO", Optional.empty()), Map.entry("UNA", Optional.empty()), Map.entry("UNK", Optional.empty()),
            Map.entry("XXA", Optional.empty()), Map.entry("XXB", Optional.empty()), Map.entry("XXC", Optional.empty()),
            Map.entry("XXX", Optional.empty()), Map.entry("EUE", Optional.empty()), Map.entry("RKS", Optional.empty()));

    private Countries() {
    }

    /** True for an ISO 3166-1 alpha-3 code or an ICAO Doc 9303 code (as printed, MRZ filler removed). */
    public static boolean isIcaoCode(String code) {
        return code != null && (ISO3.contains(code) || ICAO_ONLY.containsKey(code));
    }

    /** True for an ISO 3166-1 alpha-3 country code: a state one can be sent to. */
    public static boolean isIsoCode(String code) {
        return code != null && ISO3.contains(code);
    }

    /** The ISO country of an ICAO code; empty for stateless, refugee, UN, EU and unspecified documents. */
    public static Optional<String> iso3OfIcao(String icao) {
        if (ISO3.contains(icao)) {
            return Optional.of(icao);
        }
        return ICAO_ONLY.getOrDefault(icao, Optional.empty());
    }

    /**
     * Every code a travel document may give a national of {@code iso3} (GBR and the five classes of British national;
     * DEU and D): what a query on stored ICAO nationalities must match. An unknown code stands for itself only.
     */
    public static Set<String> icaoCodesOf(String iso3) {
        Set<String> codes = new java.util.TreeSet<>();
        codes.add(iso3);
        ICAO_ONLY.forEach((icao, country) -> country.filter(iso3::equals).ifPresent(c -> codes.add(icao)));
        return Set.copyOf(codes);
    }

    /** The ISO country of a nationality code where there is one (D is DEU); stateless, refugee and the like as given. */
    public static String iso3OrSelf(String code) {
        return iso3OfIcao(code).orElse(code);
    }
}
