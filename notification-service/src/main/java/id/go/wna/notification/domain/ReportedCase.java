package id.go.wna.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A case Imigrasi reported; consular obligations about its person will point at it. */
@Entity
@Table(name = "reported_case")
public class ReportedCase extends PanacheEntityBase {

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false, columnDefinition = "bpchar")
    public String nationality;

    @Column(nullable = false)
    public String province;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
}
