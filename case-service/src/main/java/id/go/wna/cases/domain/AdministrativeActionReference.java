package id.go.wna.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What each action of Pasal 75(2) is; the terms of the time-bound ones are {@link TakRule}s, by date. */
@Entity
@Table(name = "administrative_action_reference")
public class AdministrativeActionReference extends PanacheEntityBase {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "action_type")
    public AdministrativeActionType actionType;
    @Column(nullable = false, columnDefinition = "bpchar")
    public String letter;
    @Column(name = "description_id", nullable = false)
    public String descriptionId;
    @Column(name = "description_en", nullable = false)
    public String descriptionEn;
}
