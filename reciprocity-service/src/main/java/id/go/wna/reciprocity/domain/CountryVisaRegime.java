package id.go.wna.reciprocity.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** The visa regime each way between Indonesia and one country, as in force; every version in visa_regime_history. */
@Entity
@Table(name = "visa_regime")
public class CountryVisaRegime extends PanacheEntityBase {

    /** ISO 3166-1 alpha-3. */
    @Id
    @Column(length = 3)
    public String country;

    /** What Indonesia applies to the country's nationals. */
    @Enumerated(EnumType.STRING)
    @Column(name = "indonesia_to_country", nullable = false, length = 30)
    public VisaRegime indonesiaToCountry;

    /** What the country applies to Indonesians. */
    @Enumerated(EnumType.STRING)
    @Column(name = "country_to_indonesia", nullable = false, length = 30)
    public VisaRegime countryToIndonesia;

    @Column(name = "stay_days_indonesia_grants")
    public Integer stayDaysIndonesiaGrants;

    @Column(name = "stay_days_country_grants")
    public Integer stayDaysCountryGrants;

    @Column(name = "legal_basis", length = 1000)
    public String legalBasis;

    @Column(length = 2000)
    public String notes;

    @Version
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 200)
    public String updatedBy;

    public CountryFacts.VisaRegimes regimes() {
        return new CountryFacts.VisaRegimes(indonesiaToCountry, countryToIndonesia, stayDaysIndonesiaGrants, stayDaysCountryGrants);
    }
}
