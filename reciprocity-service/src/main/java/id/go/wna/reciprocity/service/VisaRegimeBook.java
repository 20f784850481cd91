package id.go.wna.reciprocity.service;

import id.go.wna.platform.reference.Countries;
import id.go.wna.platform.refusal.BrokenRule;
import id.go.wna.platform.refusal.ExpectedVersion;
import id.go.wna.platform.refusal.Refusal;
import id.go.wna.reciprocity.domain.CountryVisaRegime;
import id.go.wna.reciprocity.domain.VisaRegime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The visa regimes between Indonesia and each country, both ways, as editable data; every version kept in
 * {@code visa_regime_history}. A country without a row has no regime configured (not "visa required").
 */
@ApplicationScoped
public class VisaRegimeBook {

    /** Longest visa-free or on-arrival stay accepted: a year; anything longer is taken for a typing error. */
    public static final int MAX_STAY_DAYS = 365;

    private final EntityManager em;

    private final DirtyCountries dirty;

    public VisaRegimeBook(EntityManager em, DirtyCountries dirty) {
        this.dirty = dirty;
        this.em = em;
    }

    /** A regime as submitted. */
    public record Input(VisaRegime indonesiaToCountry, VisaRegime countryToIndonesia, Integer stayDaysIndonesiaGrants,
                        Integer stayDaysCountryGrants, String legalBasis, String notes) {
    }

    public record Saved(CountryVisaRegime regime, boolean created) {
    }

    /** The country's row, or null when none is configured. 422 for a code that is not ISO 3166-1 alpha-3 or is IDN. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CountryVisaRegime find(String iso3) {
        return em.find(CountryVisaRegime.class, country(iso3));
    }

    /**
     * Creates or replaces a country's regimes. With If-Match the write applies only to that version (412 otherwise, and
     * on a country with no regime yet); without, to the current one. A stay given for a direction that requires a visa
     * (or is restricted) is a 422 on that field.
     */
    @Transactional
    public Saved put(String iso3, Input in, ExpectedVersion expected, String by) {
        String country = country(iso3);
        stay("stayDaysIndonesiaGrants", in.stayDaysIndonesiaGrants(), in.indonesiaToCountry(), "Indonesia applies to " + country);
        stay("stayDaysCountryGrants", in.stayDaysCountryGrants(), in.countryToIndonesia(), country + " applies to Indonesians");
        CountryVisaRegime r = em.find(CountryVisaRegime.class, country);
        boolean created = r == null;
        if (created && expected.named()) {
            throw Refusal.nothingToReplace("the visa regime of " + country + " has no version yet; send the first one without If-Match",
                    new BrokenRule("If-Match", "no visa regime for " + country));
        }
        if (!created) {
            expected.check(r.version, "visa regime", country);
        } else {
            r = new CountryVisaRegime();
            r.country = country;
        }
        r.indonesiaToCountry = in.indonesiaToCountry();
        r.countryToIndonesia = in.countryToIndonesia();
        r.stayDaysIndonesiaGrants = in.stayDaysIndonesiaGrants();
        r.stayDaysCountryGrants = in.stayDaysCountryGrants();
        r.legalBasis = blankToNull(in.legalBasis());
        r.notes = blankToNull(in.notes());
        r.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        r.updatedBy = by;
        if (created) {
            em.persist(r);
        }
        em.flush();
        em.createNativeQuery("""
                        INSERT INTO visa_regime_history (country, version, changed_at, by_subject, indonesia_to_country,
                            country_to_indonesia, stay_days_indonesia_grants, stay_days_country_grants, legal_basis, notes)
                        SELECT country, version, updated_at, updated_by, indonesia_to_country, country_to_indonesia,
                            stay_days_indonesia_grants, stay_days_country_grants, legal_basis, notes
                        FROM visa_regime WHERE country = ?1""")
                .setParameter(1, country).executeUpdate();
        dirty.mark(country, java.time.Instant.now()); // a regime is in force from now: this month's assessment changes
        return new Saved(r, created);
    }

    /** A path's country: an ISO 3166-1 alpha-3 code other than Indonesia's, or a 422 naming {@code iso3}. */
    public static String country(String iso3) {
        String code = iso3 == null ? "" : iso3.strip().toUpperCase(Locale.ROOT);
        if (!Countries.isIsoCode(code)) {
            throw Refusal.ruleBroken("iso3", "'" + iso3 + "' is not an ISO 3166-1 alpha-3 country code (e.g. MYS)");
        }
        if (code.equals("IDN")) {
            throw Refusal.ruleBroken("iso3", "is Indonesia: a visa regime is between Indonesia and another country");
        }
        return code;
    }

    private static void stay(String field, Integer days, VisaRegime regime, String what) {
        if (days == null) {
            return;
        }
        if (days <= 0 || days > MAX_STAY_DAYS) {
            throw Refusal.ruleBroken(field, "must be between 1 and " + MAX_STAY_DAYS + " days");
        }
        if (regime == VisaRegime.VISA_REQUIRED || regime == VisaRegime.RESTRICTED) {
            throw Refusal.ruleBroken(field, "is the stay granted without a visa or on arrival, but what " + what
                    + " is " + regime + ": leave it out");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
