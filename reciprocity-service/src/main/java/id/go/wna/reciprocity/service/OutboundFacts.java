package id.go.wna.reciprocity.service;

import id.go.wna.reciprocity.domain.CountryFacts;
import id.go.wna.reciprocity.domain.CountryVisaRegime;
import id.go.wna.reciprocity.domain.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The outbound side of a country's facts (Indonesians in the country) and the visa regimes each way. */
@ApplicationScoped
public class OutboundFacts {

    private final EntityManager em;

    public OutboundFacts(EntityManager em) {
        this.em = em;
    }

    /**
     * The outbound reports of the period's months summed, all sources together (each source reports its own slice, e.g.
     * a mission its consular district). A count is null when no report of the period gave it. {@code wniPresent} is a
     * stock, not summed over months: the latest month of the period that has it, summed over that month's sources.
     */
    @Transactional
    public CountryFacts.Outbound of(String iso3, Period period) {
        String country = normalise(iso3);
        List<String> months = period.months();
        String first = months.get(0);
        String last = months.get(months.size() - 1);
        Object[] sums = (Object[]) em.createNativeQuery("""
                        SELECT SUM(wni_cases), SUM(wni_detained), SUM(wni_notified), SUM(wni_notified_within_72h),
                               SUM(wni_access_requested), SUM(wni_access_granted), SUM(wni_deported)
                        FROM outbound_report WHERE country = ?1 AND month BETWEEN ?2 AND ?3""")
                .setParameter(1, country).setParameter(2, first).setParameter(3, last).getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object> present = em.createNativeQuery("""
                        SELECT SUM(wni_present) FROM outbound_report
                        WHERE country = ?1 AND month BETWEEN ?2 AND ?3 AND wni_present IS NOT NULL
                        GROUP BY month ORDER BY month DESC LIMIT 1""")
                .setParameter(1, country).setParameter(2, first).setParameter(3, last).getResultList();
        return new CountryFacts.Outbound(present.isEmpty() ? null : asLong(present.get(0)), asLong(sums[0]), asLong(sums[1]),
                asLong(sums[2]), asLong(sums[3]), asLong(sums[4]), asLong(sums[5]), asLong(sums[6]));
    }

    /** The regimes each way as configured; all nulls for a country without one. */
    @Transactional
    public CountryFacts.VisaRegimes visaOf(String iso3) {
        CountryVisaRegime r = em.find(CountryVisaRegime.class, normalise(iso3));
        return r == null ? new CountryFacts.VisaRegimes(null, null, null, null) : r.regimes();
    }

    /** The countries with any outbound report in the period or a visa regime, sorted. */
    @Transactional
    public Set<String> countries(Period period) {
        List<String> months = period.months();
        @SuppressWarnings("unchecked")
        List<Object> codes = em.createNativeQuery("""
                        SELECT DISTINCT country FROM outbound_report WHERE month BETWEEN ?1 AND ?2
                        UNION SELECT country FROM visa_regime""")
                .setParameter(1, months.get(0)).setParameter(2, months.get(months.size() - 1)).getResultList();
        Set<String> out = new TreeSet<>();
        codes.forEach(c -> out.add(c.toString()));
        return out;
    }

    private static String normalise(String iso3) {
        return iso3 == null ? "" : iso3.strip().toUpperCase(Locale.ROOT); // an unknown code simply has no facts
    }

    private static Long asLong(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }
}
