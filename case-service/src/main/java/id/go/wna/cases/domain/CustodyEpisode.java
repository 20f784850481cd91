package id.go.wna.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A period in which a foreign national is deprived of liberty: starting one is the consular trigger. */
@Entity
@Table(name = "custody_episode")
public class CustodyEpisode extends PanacheEntityBase {

    /** Arrest, police detention (penahanan during investigation), pre-trial, prison, immigration detention, hospital under guard. */
    public enum CustodyType { ARREST, POLICE_DETENTION, PRE_TRIAL_DETENTION, IMMIGRATION_DETENTION, IMPRISONMENT, HOSPITAL_IN_CUSTODY, OTHER }

    /** Rudenim (immigration detention centre), ruang detensi (an immigration office's room), police cell, rutan, lapas, hospital. */
    public enum FacilityType { RUDENIM, RUANG_DETENSI, POLICE_CELL, RUTAN, LAPAS, HOSPITAL, OTHER }

    public enum TransferReason { CAPACITY, SECURITY, MEDICAL, COURT_PROCEEDINGS, AWAITING_DEPORTATION, SENTENCE, OTHER }

    public enum EndReason { RELEASED, RELEASED_ON_BAIL, SENTENCE_SERVED, DEPORTED, DIED, ESCAPED, OTHER }

    /** A statute and article invoked, as the custody notice tells the post. */
    @Embeddable
    public record Charge(@Column(nullable = false) String statute, @Column(nullable = false) String article, String description) {
    }

    @Id
    public UUID id;
    @Column(name = "case_id", nullable = false)
    public UUID caseId;
    @Column(name = "person_id", nullable = false)
    public UUID personId;
    @Enumerated(EnumType.STRING)
    @Column(name = "custody_type", nullable = false)
    public CustodyType custodyType;
    @Enumerated(EnumType.STRING)
    @Column(name = "facility_type", nullable = false)
    public FacilityType facilityType;
    @Column(name = "facility_code")
    public String facilityCode;
    @Column(name = "facility_name", nullable = false)
    public String facilityName;
    @Column(name = "facility_address")
    public String facilityAddress;
    @Column(nullable = false)
    public String province;
    @Column(name = "arresting_authority", nullable = false)
    public String arrestingAuthority;
    @Column(name = "arrest_place")
    public String arrestPlace;
    @Column(name = "started_at", nullable = false)
    public Instant startedAt;
    @Column(name = "identified_foreign_at")
    public Instant identifiedForeignAt;
    @Column(name = "ended_at")
    public Instant endedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    public EndReason endReason;

    /** The charges the custody notice named, in the order given; may be empty while still unknown. */
    @ElementCollection
    @CollectionTable(name = "custody_charge", joinColumns = @JoinColumn(name = "custody_id"))
    @OrderColumn(name = "position")
    public List<Charge> charges = new ArrayList<>();
    /** Whether an interpreter is needed to advise the person of their rights; null for a custody whose notice is gone. */
    @Column(name = "interpreter_needed")
    public Boolean interpreterNeeded;
    /** When the custody notice went to the post. */
    @Column(name = "notice_issued_at")
    public Instant noticeIssuedAt;

    @Version
    public int version;

    public static CustodyEpisode openOf(UUID personId) {
        return find("personId = ?1 and endedAt is null", personId).firstResult();
    }
}
