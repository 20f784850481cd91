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
    /** Last day in force (the day before the next tariff starts); null while in force. */
    @Column(name = "effective_to")
    public LocalDate effectiveTo;
    /** The regulation setting the rate, e.g. "PP 45/2024". */
    @Column(nullable = false)
    public String instrument;
    /** What is not verified, starting with "[check]"; null when verified. */
    @Column(name = "check_note")
    public String checkNote;

    /** The tariff in force on a date (the day the charge is assessed). */
    public static Optional<OverstayTariff> inForceOn(LocalDate date) {
        return find("effectiveFrom <= ?1 and (effectiveTo is null or effectiveTo >= ?1) order by effectiveFrom desc", date)
                .firstResultOptional();
    }
}
