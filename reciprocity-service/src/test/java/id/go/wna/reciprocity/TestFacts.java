package id.go.wna.reciprocity;

import id.go.wna.reciprocity.domain.CountryFacts;
import id.go.wna.reciprocity.domain.Period;
import id.go.wna.reciprocity.service.FactSource;
import id.go.wna.reciprocity.service.PlatformFacts;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The facts assessments read, as a test sets them for its own periods and country codes; any other period reads the
 * service's own facts (the projections and reports), so an end-to-end test sees the real path.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestFacts implements FactSource {

    private static final Map<String, Map<String, CountryFacts.Inbound>> INBOUND = new ConcurrentHashMap<>();
    private static final Map<String, Map<String, CountryFacts.Outbound>> OUTBOUND = new ConcurrentHashMap<>();
    private static final Map<String, CountryFacts.VisaRegimes> VISA = new ConcurrentHashMap<>();

    private final PlatformFacts platform;

    public TestFacts(PlatformFacts platform) {
        this.platform = platform;
    }

    public static void put(String period, String iso3, CountryFacts.Inbound in, CountryFacts.Outbound out) {
        String p = Period.parse(period).code();
        INBOUND.computeIfAbsent(p, x -> new ConcurrentHashMap<>());
        OUTBOUND.computeIfAbsent(p, x -> new ConcurrentHashMap<>());
        if (in != null) {
            INBOUND.get(p).put(iso3, in);
        }
        if (out != null) {
            OUTBOUND.get(p).put(iso3, out);
        }
    }

    public static void visa(String iso3, CountryFacts.VisaRegimes visa) {
        VISA.put(iso3, visa);
    }

    /** A period a test set facts for reads only those; any other period reads the service's own facts. */
    private static boolean set(Period period) {
        return INBOUND.containsKey(period.code());
    }

    @Override
    public CountryFacts.Inbound inbound(String iso3, Period period) {
        return set(period) ? INBOUND.get(period.code()).get(iso3) : platform.inbound(iso3, period);
    }

    @Override
    public Set<String> inboundCountries(Period period) {
        return set(period) ? new TreeSet<>(INBOUND.get(period.code()).keySet()) : platform.inboundCountries(period);
    }

    @Override
    public CountryFacts.Outbound outbound(String iso3, Period period) {
        return set(period) ? OUTBOUND.get(period.code()).get(iso3) : platform.outbound(iso3, period);
    }

    @Override
    public CountryFacts.VisaRegimes visa(String iso3) {
        return VISA.containsKey(iso3) ? VISA.get(iso3) : platform.visa(iso3);
    }

    /** Like OutboundFacts.countries: outbound facts in the period, or a visa regime. */
    @Override
    public Set<String> outboundCountries(Period period) {
        if (!set(period)) {
            return platform.outboundCountries(period);
        }
        Set<String> all = new TreeSet<>(OUTBOUND.get(period.code()).keySet());
        all.addAll(VISA.keySet());
        return all;
    }
}
