package id.go.wna.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One status a welfare report took, the first included (no previous status): the report's history. */
@Entity
@Table(name = "welfare_status_change")
public class WelfareStatusChange extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "report_id", nullable = false)
    public UUID reportId;
    @Enumerated(EnumType.STRING)
    @Column(name = "previous_status")
    public WelfareStatus previousStatus;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WelfareStatus status;
    @Column(name = "observed_at", nullable = false)
    public Instant observedAt;
    @Column(name = "changed_by", nullable = false)
    public String changedBy;
    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    public static List<WelfareStatusChange> of(UUID reportId) {
        return list("reportId = ?1 order by changedAt, id", reportId);
    }
}
