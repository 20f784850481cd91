package id.go.wna.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An immigration crime of UU 6/2011, as reference data (maintained by migration, not typed in). */
@Entity
@Table(name = "offence_reference")
public class OffenceReference extends PanacheEntityBase {
    @Id
    public String article;
    @Column(nullable = false)
    public String statute;
    @Column(name = "description_id", nullable = false)
    public String descriptionId;
    @Column(name = "description_en", nullable = false)
    public String descriptionEn;
    @Column(name = "max_penalty", nullable = false)
    public String maxPenalty;
    @Column(name = "max_prison_months", nullable = false)
    public int maxPrisonMonths;
    @Column(name = "detention_permitted", nullable = false)
    public boolean detentionPermitted;
}
