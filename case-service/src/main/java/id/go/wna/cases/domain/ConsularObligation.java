package id.go.wna.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** Kemlu's obligation toward a consular post about one of our cases: maps later consular events to the case. */
@Entity
@Table(name = "consular_obligation")
public class ConsularObligation extends PanacheEntityBase {

    @Id
    @Column(name = "obligation_id")
    public UUID obligationId;
    @Column(name = "case_id", nullable = false)
    public UUID caseId;
    @Column(nullable = false, columnDefinition = "bpchar")
    public String nationality;
    @Column(nullable = false)
    public String trigger;
    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;
}
