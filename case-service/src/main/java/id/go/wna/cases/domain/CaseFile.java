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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseStatus status;

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
    public CaseStage stage;

    /** How a RESOLVED (or ARCHIVED) case ended; null before. */
    @Enumerated(EnumType.STRING)
    public CaseOutcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "reporting_agency", nullable = false)
    public Agency reportingAgency;

    @Enumerated(EnumType.STRING)
    @Column(name = "lead_agency", nullable = false)
    public Agency leadAgency;

    @Column(name = "status_changed_at", nullable = false)
    public Instant statusChangedAt;

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

    public CaseStep step() {
        return new CaseStep(status, stage, outcome);
    }

    /** Moves the case; the caller has checked {@link CaseLifecycle#allows}. */
    public void moveTo(CaseStep to, Instant at) {
        status = to.status();
        stage = to.stage();
        if (to.outcome() != null) {
            outcome = to.outcome();
        }
        statusChangedAt = at;
    }
}
