package id.go.wna.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One version of an immigration crime of UU 6/2011 (an article, or a paragraph or letter where the penalty differs),
 * as reference data maintained by migration. An offence is judged by the version in force on the day it was committed.
 */
@Entity
@Table(name = "offence_reference")
public class OffenceReference extends PanacheEntityBase {

    /** Pidana penjara (prison) or pidana kurungan (confinement, a lighter custodial penalty). */
    public enum CustodialPenalty { PRISON, CONFINEMENT }

    /** Whether custody and fine go together: dan (AND), atau (OR) or dan/atau (AND_OR, either or both). */
    public enum Combination { AND, OR, AND_OR }

    /** E.g. "UU63-2024/124(b)". */
    @Id
    public String id;
    /** The code recorded on an offence: "119", "114(1)", "124(b)". */
    @Column(nullable = false)
    public String article;
    @Column(nullable = false)
    public String statute;
    /** The text in force: "UU 6/2011" or "UU 6/2011 as amended by UU 63/2024". */
    @Column(nullable = false)
    public String instrument;
    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;
    @Column(name = "effective_to")
    public LocalDate effectiveTo;
    @Column(name = "description_id", nullable = false)
    public String descriptionId;
    @Column(name = "description_en", nullable = false)
    public String descriptionEn;
    @Column(name = "max_penalty", nullable = false)
    public String maxPenalty;
    @Column(name = "min_prison_months")
    public Integer minPrisonMonths;
    /** Null where not verified. */
    @Column(name = "max_prison_months")
    public Integer maxPrisonMonths;
    @Column(name = "max_fine_idr")
    public Long maxFineIdr;
    @Enumerated(EnumType.STRING)
    @Column(name = "custodial_penalty")
    public CustodialPenalty custodialPenalty;
    @Enumerated(EnumType.STRING)
    @Column(name = "penalties_combined")
    public Combination penaltiesCombined;
    /** Pasal 109 lists the articles under which a suspect may be held (KUHAP Pasal 21(4)(a) in general: 5 years). */
    @Column(name = "detention_permitted", nullable = false)
    public boolean detentionPermitted;
    /** False for codes kept for history only (114 and 124, now split) and for Pasal 136 (a rule of liability). */
    @Column(nullable = false)
    public boolean recordable;
    @Column(name = "check_note")
    public String checkNote;

    /** The version of an article in force on a date. */
    public static Optional<OffenceReference> inForceOn(String article, LocalDate date) {
        return find("article = ?1 and effectiveFrom <= ?2 and (effectiveTo is null or effectiveTo >= ?2) order by effectiveFrom desc",
                article, date).firstResultOptional();
    }

    public static boolean exists(String article) {
        return count("article", article) > 0;
    }
}
