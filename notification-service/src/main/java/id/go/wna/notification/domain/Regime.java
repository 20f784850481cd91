package id.go.wna.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of a country's consular notification regime, where it differs from the VCCR default or is confirmed:
 * mandatory or on request, the legal basis, and its deadlines in hours, from {@code effectiveFrom} until the day
 * before {@code effectiveTo}. An amendment is a new version; the earlier one is closed and kept, because acts dated
 * before the amendment are still decided by it. A day no version of a country covers has the defaults.
 */
@Entity
@Table(name = "regime")
public class Regime extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** ISO 3166-1 alpha-3. */
    @Column(columnDefinition = "bpchar", nullable = false)
    public String country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RegimeKind kind;

    @Column(name = "legal_basis", nullable = false)
    public String legalBasis;

    /**
     * The instrument that makes the regime what it is, by name (e.g. the bilateral arrangement); what a letter cites.
     * Unverified names carry [check].
     */
    public String instrument;

    /** First day (Jakarta) on which this version applies; null: since always (the start is not known). */
    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    /** First day on which it no longer applies (its last day is the day before); null: still in force. */
    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    @Column(name = "advisement_within_hours", nullable = false)
    public int advisementWithinHours;

    @Column(name = "notification_warning_after_hours", nullable = false)
    public int notificationWarningAfterHours;

    @Column(name = "notification_due_within_hours", nullable = false)
    public int notificationDueWithinHours;

    @Column(name = "acknowledgement_chase_after_hours", nullable = false)
    public int acknowledgementChaseAfterHours;

    @Column(name = "access_within_hours", nullable = false)
    public int accessWithinHours;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    /** The ETag of this version: counts corrections of this version, not amendments (those are new versions). */
    @Version
    public long version;

    /** Whether these terms govern an act of this day: the law in force on the date of the act, not today's. */
    public boolean inForceOn(LocalDate day) {
        return (effectiveFrom == null || !day.isBefore(effectiveFrom)) && (effectiveTo == null || day.isBefore(effectiveTo));
    }

    /** Whether this version shares a day with the period [from, to) (null from: since always; null to: open). */
    public boolean overlaps(LocalDate from, LocalDate to) {
        boolean startsBeforeItEnds = effectiveTo == null || from == null || from.isBefore(effectiveTo);
        boolean endsAfterItStarts = to == null || effectiveFrom == null || effectiveFrom.isBefore(to);
        return startsBeforeItEnds && endsAfterItStarts;
    }
}
