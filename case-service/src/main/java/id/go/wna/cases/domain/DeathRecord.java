package id.go.wna.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The death of a foreign national (VCCR Art. 37(a)), in custody or not. */
@Entity
@Table(name = "death_record")
public class DeathRecord extends PanacheEntityBase {

    /** Coarse, for statistics: the cause itself is health data and stays on the restricted topic. */
    public enum CauseCategory { ILLNESS, ACCIDENT, VIOLENCE, SUICIDE, EXECUTION, UNKNOWN }

    public record Kin(String name, String relationship, String contact, String country, Boolean informed) {
    }

    @Id
    public UUID id;
    @Column(name = "case_id", nullable = false)
    public UUID caseId;
    @Column(name = "person_id", nullable = false)
    public UUID personId;
    @Column(name = "died_on", nullable = false)
    public LocalDate diedOn;
    @Column(name = "died_at")
    public Instant diedAt;
    @Column(name = "place_of_death", nullable = false)
    public String placeOfDeath;
    @Column(name = "province_code", nullable = false, columnDefinition = "bpchar")
    public String provinceCode;
    @Column(nullable = false)
    public String province;
    public String cause;
    @Enumerated(EnumType.STRING)
    @Column(name = "cause_category", nullable = false)
    public CauseCategory causeCategory;
    @Column(name = "remains_location")
    public String remainsLocation;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "next_of_kin", nullable = false)
    public List<Kin> nextOfKin;
    @Column(name = "custody_id")
    public UUID custodyId;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
