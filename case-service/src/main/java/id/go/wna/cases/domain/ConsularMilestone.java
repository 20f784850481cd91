package id.go.wna.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** Something Kemlu did about a case (a notice sent, acknowledged, a visit), as its consular events tell it. */
@Entity
@Table(name = "consular_milestone")
public class ConsularMilestone extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public UUID eventId;
    @Column(name = "obligation_id", nullable = false)
    public UUID obligationId;
    @Column(name = "case_id", nullable = false)
    public UUID caseId;
    @Column(nullable = false)
    public String type;
    @Column(nullable = false)
    public String summary;
    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;
}
