package id.go.wna.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A case about a foreign national, as Imigrasi records it. */
@Entity
@Table(name = "case_file")
public class CaseFile extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseKind kind;

    /** Status, stage, outcome and when they last changed are written by {@link #moveTo} only: the lifecycle decides. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStatus status;

    /** ISO 3166-1 alpha-3. */
    @Column(nullable = false, columnDefinition = "bpchar")
    public String nationality;

    @Column(nullable = false)
    public String province;

    /** BPS code of the province, e.g. 51 for Bali. */
    @Column(name = "province_code", columnDefinition = "bpchar")
    public String provinceCode;

    /** Readable number officers quote, e.g. IMC-51-2026-00042 (kind, province, year, sequence). */
    @Column(name = "case_number", nullable = false)
    public String caseNumber;

    /** Where an ACTIVE case is; null otherwise. */
    @Enumerated(EnumType.STRING)
    private CaseStage stage;

    /** How a RESOLVED (or ARCHIVED) case ended; null before. */
    @Enumerated(EnumType.STRING)
    private CaseOutcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "reporting_agency", nullable = false)
    public Agency reportingAgency;

    @Enumerated(EnumType.STRING)
    @Column(name = "lead_agency", nullable = false)
    public Agency leadAgency;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    public String summary;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    /** The foreign national the case is about, once registered. */
    @Column(name = "person_id")
    public UUID personId;

    @Version
    public int version;

    /** A new case starts as REPORTED: someone told Imigrasi; an officer verifies it next. */
    public static CaseFile report(CaseKind kind, String nationality, String provinceCode, String provinceName, String summary,
                                  Agency reportingAgency, Agency leadAgency, Instant now) {
        CaseFile c = new CaseFile();
        c.id = UUID.randomUUID();
        c.kind = kind;
        c.status = CaseStatus.REPORTED;
        c.nationality = nationality;
        c.provinceCode = provinceCode;
        c.province = provinceName;
        c.summary = summary;
        c.reportingAgency = reportingAgency;
        c.leadAgency = leadAgency;
        c.openedAt = now;
        c.statusChangedAt = now;
        return c;
    }

    public CaseStatus status() {
        return status;
    }

    public CaseStage stage() {
        return stage;
    }

    public CaseOutcome outcome() {
        return outcome;
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }

    public CaseStep step() {
        return new CaseStep(status, stage, outcome);
    }

    public boolean canMoveTo(CaseStep to) {
        return CaseLifecycle.allows(kind, step(), to);
    }

    /**
     * Moves the case to {@code to} if its lifecycle allows it, else throws {@link CaseLifecycle.StepNotAllowed}; returns
     * the record of the move, for the caller to persist with the case.
     */
    public CaseTransition moveTo(CaseStep to, String reason, String changedBy, Instant at) {
        CaseStep from = step();
        if (!CaseLifecycle.allows(kind, from, to)) {
            throw new CaseLifecycle.StepNotAllowed(kind, from, to, CaseLifecycle.allowedFrom(kind, from));
        }
        CaseTransition t = new CaseTransition();
        t.id = UUID.randomUUID();
        t.caseId = id;
        t.fromStatus = from.status();
        t.fromStage = from.stage();
        t.toStatus = to.status();
        t.toStage = to.stage();
        t.outcome = to.outcome();
        t.reason = reason;
        t.changedBy = changedBy;
        t.changedAt = at;
        status = to.status();
        stage = to.stage();
        if (to.outcome() != null) {
            outcome = to.outcome();
        }
        statusChangedAt = at;
        return t;
    }
}
