package id.go.wna.reciprocity.service;

import id.go.wna.reciprocity.domain.CountryFacts;
import id.go.wna.reciprocity.domain.Period;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/** The facts as the service keeps them: inbound from the projections, outbound and visa regimes as reported. */
@ApplicationScoped
public class PlatformFacts implements FactSource {

    private final InboundFacts inbound;
    private final OutboundFacts outbound;

    public PlatformFacts(InboundFacts inbound, OutboundFacts outbound) {
        this.inbound = inbound;
        this.outbound = outbound;
    }

    @Override
    public CountryFacts.Inbound inbound(String iso3, Period period) {
        return inbound.of(iso3, period);
    }

    @Override
    public Set<String> inboundCountries(Period period) {
        return inbound.countries(period);
    }

    @Override
    public CountryFacts.Outbound outbound(String iso3, Period period) {
        return outbound.of(iso3, period);
    }

    @Override
    public CountryFacts.VisaRegimes visa(String iso3) {
        return outbound.visaOf(iso3);
    }

    @Override
    public Set<String> outboundCountries(Period period) {
        return outbound.countries(period);
    }
}
