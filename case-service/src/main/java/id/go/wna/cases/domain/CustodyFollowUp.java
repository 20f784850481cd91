package id.go.wna.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A later stage of a custody episode the consular post was told of ({@code CustodyFollowUpIssued.v1}): issued
 * automatically by a transfer or the end of custody, or recorded by an officer (illness, death-penalty stages).
 */
@Entity
@Table(name = "custody_follow_up")
public class CustodyFollowUp extends PanacheEntityBase {

    /** The stages of the contract, in the order a custody may pass through them. */
    public enum Stage {
        // Only appended: the names travel in CustodyFollowUpIssued.v1.
        TRANSFER(false), HOSPITAL_ADMISSION(true), SERIOUS_ILLNESS(true), RELEASE(false), DEPORTATION(false),
        DEATH_IN_CUSTODY(false), DEATH_PENALTY_CHARGED(true), DEATH_SENTENCE_IMPOSED(true),
        DEATH_SENTENCE_FINAL_APPEAL(true), EXECUTION_SCHEDULED(true),
        /** Case review (peninjauan kembali, PK) filed, and decided. */
        DEATH_SENTENCE_CASE_REVIEW_FILED(true), DEATH_SENTENCE_CASE_REVIEW_DECIDED(true),
        /** Clemency (grasi) petitioned, and decided. */
        DEATH_SENTENCE_CLEMENCY_FILED(true), DEATH_SENTENCE_CLEMENCY_DECIDED(true),
        /** The convict told of the execution 3 x 24 h before it (UU 2/PNPS/1964); scheduledAt is the execution. */
        EXECUTION_NOTICE_GIVEN(true);

        /** Whether an officer records it (POST .../follow-ups); the others follow from a transfer or the end of custody. */
        public final boolean recordedByOfficer;

        Stage(boolean recordedByOfficer) {
            this.recordedByOfficer = recordedByOfficer;
        }

        /** A stage of a death-penalty case: notify at the charge, the sentence, each appeal, PK, grasi and before execution. */
        public boolean deathPenalty() {
            return this == DEATH_PENALTY_CHARGED || this == DEATH_SENTENCE_IMPOSED || this == DEATH_SENTENCE_FINAL_APPEAL
                    || this == EXECUTION_SCHEDULED || this == DEATH_SENTENCE_CASE_REVIEW_FILED
                    || this == DEATH_SENTENCE_CASE_REVIEW_DECIDED || this == DEATH_SENTENCE_CLEMENCY_FILED
                    || this == DEATH_SENTENCE_CLEMENCY_DECIDED || this == EXECUTION_NOTICE_GIVEN;
        }

        /** The stages decided by a court, which the notice names. */
        public boolean needsCourt() {
            return this == DEATH_PENALTY_CHARGED || this == DEATH_SENTENCE_IMPOSED || this == DEATH_SENTENCE_FINAL_APPEAL;
        }

        /** The stages that may name where the person is held now. */
        public boolean movesThePerson() {
            return this == TRANSFER || this == HOSPITAL_ADMISSION || this == SERIOUS_ILLNESS;
        }
    }

    /** What issued it. */
    public enum Origin { TRANSFER, CUSTODY_END, OFFICER }

    @Id
    public UUID id;
    @Column(name = "custody_id", nullable = false)
    public UUID custodyId;
    @Column(name = "case_id", nullable = false)
    public UUID caseId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Stage stage;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Origin origin;
    @Column(name = "transfer_id")
    public UUID transferId;
    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "facility_type")
    public CustodyEpisode.FacilityType facilityType;
    @Column(name = "facility_code")
    public String facilityCode;
    @Column(name = "facility_name")
    public String facilityName;
    @Column(name = "facility_address")
    public String facilityAddress;
    public String province;
    public String court;
    @Column(name = "scheduled_at")
    public Instant scheduledAt;
    public String details;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;

    public boolean namesAPlace() {
        return facilityType != null;
    }

    /** The follow-ups of one episode, oldest first. */
    public static List<CustodyFollowUp> ofCustody(UUID custodyId) {
        return list("custodyId", Sort.ascending("occurredAt", "issuedAt"), custodyId);
    }
}
