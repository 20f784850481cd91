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
}
