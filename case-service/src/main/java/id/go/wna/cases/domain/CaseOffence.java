package id.go.wna.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An immigration offence recorded on a case. */
@Entity
@Table(name = "case_offence")
public class CaseOffence extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "case_id", nullable = false)
    public UUID caseId;
    @Column(nullable = false)
    public String statute;
    @Column(nullable = false)
    public String article;
    public String letter;
    @Column(name = "committed_on")
    public LocalDate committedOn;
    public String description;
    /** The catalogue version the offence was judged by (in force on committedOn, else on the recording day). */
    @Column(name = "offence_version_id")
    public String offenceVersionId;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
