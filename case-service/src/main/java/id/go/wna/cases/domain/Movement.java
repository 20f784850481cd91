package id.go.wna.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One presence movement of a foreign national: an arrival or departure at a border post, or a stay permit issued or
 * ended. The person is held only as {@code personRef}; the travel document it was derived from is not kept.
 */
@Entity
@Table(name = "presence_movement")
public class Movement extends PanacheEntityBase {

    /** What the person entered on. */
    public enum EntryBasis { VISA_FREE, VISA_ON_ARRIVAL, E_VISA, VISA, STAY_PERMIT, OTHER }

    /** UU 6/2011 Pasal 48: diplomatic and service permits (Kemlu), ITK, ITAS, ITAP (Imigrasi), and the exit permit only. */
    public enum PermitType { DIPLOMATIC, SERVICE, ITK, ITAS, ITAP, EPO }

    public enum PermitEndReason { EXPIRED, CANCELLED, CONVERTED, SURRENDERED, DECEASED, OTHER }

    public enum Issuer { IMIGRASI, KEMLU }

    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MovementType type;
    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;
    @Column(name = "person_ref", nullable = false)
    public UUID personRef;
    @Column(nullable = false)
    public String nationality;
    public String sex;
    @Column(name = "age_band", nullable = false)
    public String ageBand;
    @Column(name = "port_code")
    public String portCode;
    public String province;
    @Enumerated(EnumType.STRING)
    @Column(name = "entry_basis")
    public EntryBasis entryBasis;
    @Enumerated(EnumType.STRING)
    @Column(name = "permit_type")
    public PermitType permitType;
    @Column(name = "permit_id")
    public UUID permitId;
    @Enumerated(EnumType.STRING)
    public Issuer issuer;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_until")
    public LocalDate validUntil;
    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    public PermitEndReason endReason;
    @Column(name = "overstay_days")
    public Integer overstayDays;
    @Column(name = "import_job_id")
    public UUID importJobId;
    @Column(name = "import_line")
    public Long importLine;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** Whether {@code other} records the same movement (a retry), as opposed to a different one under the same id. */
    public boolean sameContentAs(Movement other) {
        return type == other.type && occurredAt.equals(other.occurredAt) && personRef.equals(other.personRef)
                && nationality.equals(other.nationality) && Objects.equals(sex, other.sex) && ageBand.equals(other.ageBand)
                && Objects.equals(portCode, other.portCode) && Objects.equals(province, other.province)
                && entryBasis == other.entryBasis && permitType == other.permitType && Objects.equals(permitId, other.permitId)
                && issuer == other.issuer && Objects.equals(validFrom, other.validFrom) && Objects.equals(validUntil, other.validUntil)
                && endReason == other.endReason && Objects.equals(overstayDays, other.overstayDays);
    }
}
