package id.go.wna.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A foreign minor or adult lacking full capacity who appears to need a guardian (VCCR Art. 37(b)). */
@Entity
@Table(name = "guardianship_need")
public class GuardianshipNeed extends PanacheEntityBase {

    public enum Reason {
        UNACCOMPANIED_MINOR, MINOR_WITH_PARENTS_DETAINED_OR_DECEASED, ADULT_LACKING_CAPACITY, OTHER;

        public boolean aboutAMinor() {
            return this == UNACCOMPANIED_MINOR || this == MINOR_WITH_PARENTS_DETAINED_OR_DECEASED;
        }
    }

    @Id
    public UUID id;
    @Column(name = "case_id", nullable = false)
    public UUID caseId;
    @Column(name = "person_id", nullable = false)
    public UUID personId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Reason reason;
    @Column(name = "current_care")
    public String currentCare;
    @Column(name = "province_code", nullable = false, columnDefinition = "bpchar")
    public String provinceCode;
    @Column(nullable = false)
    public String province;
    @Column(name = "identified_at", nullable = false)
    public Instant identifiedAt;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
