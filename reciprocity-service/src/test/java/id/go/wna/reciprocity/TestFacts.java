package id.go.wna.reciprocity;

import id.go.wna.reciprocity.domain.CountryFacts;
import id.go.wna.reciprocity.domain.Period;
import id.go.wna.reciprocity.service.FactSource;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The facts assessments read, as a test sets them (in place of InboundFacts and OutboundFacts, which other work
 * builds). Empty unless a test puts facts in: each test uses its own periods and country codes.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestFacts implements FactSource {

    private static final Map<String, Map<String, CountryFacts.Inbound>> INBOUND = new ConcurrentHashMap<>();
    private static final Map<String, Map<String, CountryFacts.Outbound>> OUTBOUND = new ConcurrentHashMap<>();
    private static final Map<String, CountryFacts.VisaRegimes> VISA = new ConcurrentHashMap<>();

    public static void put(String period, String iso3, CountryFacts.Inbound in, CountryFacts.Outbound out) {
        String p = Period.parse(period).code();
        if (in != null) {
            INBOUND.computeIfAbsent(p, x -> new ConcurrentHashMap<>()).put(iso3, in);
        }
        if (out != null) {
            OUTBOUND.computeIfAbsent(p, x -> new ConcurrentHashMap<>()).put(iso3, out);
        }
    }

    public static void visa(String iso3, CountryFacts.VisaRegimes visa) {
        VISA.put(iso3, visa);
    }

    @Override
    public CountryFacts.Inbound inbound(String iso3, Period period) {
        return INBOUND.getOrDefault(period.code(), Map.of()).get(iso3);
    }

    @Override
    public Set<String> inboundCountries(Period period) {
        return new TreeSet<>(INBOUND.getOrDefault(period.code(), Map.of()).keySet());
    }

    @Override
    public CountryFacts.Outbound outbound(String iso3, Period period) {
        return OUTBOUND.getOrDefault(period.code(), Map.of()).get(iso3);
    }

    @Override
    public CountryFacts.VisaRegimes visa(String iso3) {
        return VISA.get(iso3);
    }

    /** Like OutboundFacts.countries: outbound facts in the period, or a visa regime. */
    @Override
    public Set<String> outboundCountries(Period period) {
        Set<String> all = new TreeSet<>(OUTBOUND.getOrDefault(period.code(), Map.of()).keySet());
        all.addAll(VISA.keySet());
        return all;
    }
}
