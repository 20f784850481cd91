package id.go.wna.reciprocity.service;

import id.go.wna.reciprocity.domain.CountryFacts;
import id.go.wna.reciprocity.domain.Period;

import java.util.Set;

/**
 * Where assessments read their facts: {@link PlatformFacts} (InboundFacts and OutboundFacts) in the service; tests
 * replace it with facts they set.
 */
public interface FactSource {

    CountryFacts.Inbound inbound(String iso3, Period period);

    Set<String> inboundCountries(Period period);

    CountryFacts.Outbound outbound(String iso3, Period period);

    CountryFacts.VisaRegimes visa(String iso3);

    Set<String> outboundCountries(Period period);
}
