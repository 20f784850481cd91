package id.go.wna.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.Optional;

/** The overstay charge in force from a date (UU 6/2011 Pasal 78, rates set by government regulation). */
@Entity
@Table(name = "overstay_tariff")
public class OverstayTariff extends PanacheEntityBase {

    @Id
    @Column(name = "effective_from")
    public LocalDate effectiveFrom;
    @Column(name = "daily_rate_idr", nullable = false)
    public long dailyRateIdr;
    /** From this many days of overstay, deportation and entry ban apply instead of the charge (Pasal 78(3)). */
    @Column(name = "deportation_from_days", nullable = false)
    public int deportationFromDays;
    @Column(name = "legal_basis", nullable = false)
    public String legalBasis;

    /** The tariff in force on a date: the latest that took effect on or before it. */
    public static Optional<OverstayTariff> inForceOn(LocalDate date) {
        return find("effectiveFrom <= ?1 order by effectiveFrom desc", date).firstResultOptional();
    }
}
