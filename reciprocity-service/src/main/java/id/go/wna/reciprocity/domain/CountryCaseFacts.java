package id.go.wna.reciprocity.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Cases opened per country, month (UTC) and kind. */
@ApplicationScoped
public class CountryCaseFacts {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC);

    private final EntityManager em;

    public CountryCaseFacts(EntityManager em) {
        this.em = em;
    }

    public void countCaseOpened(String iso3, Instant openedAt, String kind) {
        em.createNativeQuery("""
                        INSERT INTO country_case_fact (iso3, period, kind, cases_opened) VALUES (?1, ?2, ?3, 1)
                        ON CONFLICT (iso3, period, kind) DO UPDATE SET cases_opened = country_case_fact.cases_opened + 1""")
                .setParameter(1, iso3)
                .setParameter(2, MONTH.format(openedAt))
                .setParameter(3, kind)
                .executeUpdate();
    }

    public long casesOpened(String iso3, String period) {
        Number n = (Number) em.createNativeQuery(
                        "SELECT COALESCE(SUM(cases_opened), 0) FROM country_case_fact WHERE iso3 = ?1 AND period = ?2")
                .setParameter(1, iso3).setParameter(2, period).getSingleResult();
        return n.longValue();
    }
}
