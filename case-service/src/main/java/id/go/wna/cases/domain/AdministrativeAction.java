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
import java.util.UUID;

/** A TAK decision: imposed by Imigrasi outside the courts, not a criminal penalty. */
@Entity
@Table(name = "administrative_action")
public class AdministrativeAction extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "case_id", nullable = false)
    public UUID caseId;
    @Column(name = "person_id", nullable = false)
    public UUID personId;
    @Enumerated(EnumType.STRING)
    @Column(name = "action_type", nullable = false)
    public AdministrativeActionType actionType;
    @Column(name = "decision_number", nullable = false)
    public String decisionNumber;
    @Column(name = "decided_on", nullable = false)
    public LocalDate decidedOn;
    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;
    @Column(name = "effective_until")
    public LocalDate effectiveUntil;
    @Column(nullable = false)
    public boolean lifetime;
    @Column(name = "overstay_days")
    public Integer overstayDays;
    @Column(name = "charge_amount_idr")
    public Long chargeAmountIdr;
    @Column(name = "legal_basis", nullable = false)
    public String legalBasis;
    public String reason;
    /** The ban this decision extends; null for a first decision. */
    @Column(name = "extends_action_id")
    public UUID extendsActionId;
    /** The {@link TakRule} applied (the version in force on {@code decidedOn}); null for actions without one. */
    @Column(name = "rule_id")
    public String ruleId;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
