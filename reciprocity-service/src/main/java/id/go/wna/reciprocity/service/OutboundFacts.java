package id.go.wna.reciprocity.service;

import id.go.wna.reciprocity.domain.CountryFacts;
import id.go.wna.reciprocity.domain.Period;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/** The outbound side of a country's facts (Indonesians in the country) and the visa regimes each way. */
@ApplicationScoped
public class OutboundFacts {

    public CountryFacts.Outbound of(String iso3, Period period) {
        throw new UnsupportedOperationException("outbound facts are being built");
    }

    public CountryFacts.VisaRegimes visaOf(String iso3) {
        throw new UnsupportedOperationException("visa regimes are being built");
    }

    /** The countries with any outbound fact in the period or a visa regime. */
    public Set<String> countries(Period period) {
        throw new UnsupportedOperationException("outbound facts are being built");
    }
}
