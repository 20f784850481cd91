package id.go.wna.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One move of a case through its lifecycle, kept for the timeline. */
@Entity
@Table(name = "case_transition")
public class CaseTransition extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "case_id", nullable = false)
    public UUID caseId;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false)
    public CaseStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage")
    public CaseStage fromStage;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public CaseStatus toStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage")
    public CaseStage toStage;
    @Enumerated(EnumType.STRING)
    public CaseOutcome outcome;
    public String reason;
    @Column(name = "changed_by", nullable = false)
    public String changedBy;
    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    public static List<CaseTransition> of(UUID caseId) {
        return list("caseId = ?1 order by changedAt", caseId);
    }

    public CaseStep to() {
        return new CaseStep(toStatus, toStage, outcome);
    }
}
