package id.go.wna.reciprocity.service;

import id.go.wna.reciprocity.domain.CountryFacts;
import id.go.wna.reciprocity.domain.Period;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/** The inbound side of a country's facts, from the projections of the platform's events. */
@ApplicationScoped
public class InboundFacts {

    /** The country's inbound facts for the period (nulls where nothing is known). */
    public CountryFacts.Inbound of(String iso3, Period period) {
        throw new UnsupportedOperationException("inbound facts are being built");
    }

    /** The countries with any inbound fact in the period. */
    public Set<String> countries(Period period) {
        throw new UnsupportedOperationException("inbound facts are being built");
    }
}
