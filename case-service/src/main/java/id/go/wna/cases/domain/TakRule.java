package id.go.wna.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The terms the law sets for a time-bound TAK (exit ban, Pasal 97; entry ban, Pasal 102) in one period: a decision
 * applies the version in force on its decision date, never today's.
 */
@Entity
@Table(name = "tak_rule")
public class TakRule extends PanacheEntityBase {

    @Id
    public String id;
    @Enumerated(EnumType.STRING)
    @Column(name = "action_type", nullable = false)
    public AdministrativeActionType actionType;
    /** The instrument that gave the article this wording, e.g. "UU 63/2024". */
    @Column(nullable = false)
    public String instrument;
    @Column(nullable = false)
    public String article;
    /** How a decision cites it, e.g. "Pasal 97 as amended by UU 63/2024". */
    @Column(nullable = false)
    public String citation;
    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;
    /** Last day in force; null while in force. */
    @Column(name = "effective_to")
    public LocalDate effectiveTo;
    @Column(name = "max_months", nullable = false)
    public int maxMonths;
    /** How many times a ban may be extended; null when each time ("setiap kali"). */
    @Column(name = "max_extensions")
    public Integer maxExtensions;
    @Column(name = "extension_max_months")
    public Integer extensionMaxMonths;
    @Column(name = "lifetime_allowed", nullable = false)
    public boolean lifetimeAllowed;
    /** What is not verified, starting with "[check]"; null when verified. */
    @Column(name = "check_note")
    public String checkNote;

    public static Optional<TakRule> inForceOn(AdministrativeActionType type, LocalDate date) {
        return find("actionType = ?1 and effectiveFrom <= ?2 and (effectiveTo is null or effectiveTo >= ?2) "
                + "order by effectiveFrom desc", type, date).firstResultOptional();
    }

    public static List<TakRule> versionsOf(AdministrativeActionType type) {
        return list("actionType = ?1 order by effectiveFrom", type);
    }

    /** "UU 6/2011 Pasal 75(2)(a), Pasal 97 as amended by UU 63/2024". */
    public String legalBasis() {
        return actionType.legalBasis() + ", " + citation;
    }

    /** The rule with its instrument, for a refusal: "UU 6/2011 Pasal 97 as amended by UU 63/2024, in force from ...". */
    public String describe() {
        return "UU 6/2011 " + citation + ", in force from " + effectiveFrom + (effectiveTo == null ? "" : " to " + effectiveTo)
                + (checkNote == null ? "" : " " + checkNote);
    }
}
