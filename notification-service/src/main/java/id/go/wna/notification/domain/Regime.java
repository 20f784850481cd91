package id.go.wna.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A country's consular notification regime, where it differs from the VCCR default or is confirmed: mandatory or on
 * request, the legal basis, and its deadlines in hours. A country without a row has the defaults.
 */
@Entity
@Table(name = "regime")
public class Regime extends PanacheEntityBase {

    /** ISO 3166-1 alpha-3. */
    @Id
    @Column(columnDefinition = "bpchar")
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

    /** First day (Jakarta) on which the instrument applies; null: not known, applied to every act. */
    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    /** First day on which it no longer applies; null: still in force. */
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

    @Version
    public long version;

    /** Whether these terms govern an act of this day: the law in force on the date of the act, not today's. */
    public boolean inForceOn(LocalDate day) {
        return (effectiveFrom == null || !day.isBefore(effectiveFrom)) && (effectiveTo == null || day.isBefore(effectiveTo));
    }
}
