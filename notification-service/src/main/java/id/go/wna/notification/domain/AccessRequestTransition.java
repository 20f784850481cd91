package id.go.wna.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One step of an access request, its creation included (no previous status): the request's audit trail. */
@Entity
@Table(name = "access_request_transition")
public class AccessRequestTransition extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID accessRequestId;
    @Enumerated(EnumType.STRING)
    public AccessRequestStatus fromStatus;
    @Enumerated(EnumType.STRING)
    public AccessRequestStatus toStatus;
    public Instant occurredAt;
    public Instant scheduledAt;
    public String reason;
    public String changedBy;
    public Instant recordedAt;

    public static List<AccessRequestTransition> of(UUID accessRequestId) {
        return list("accessRequestId = ?1 order by recordedAt, id", accessRequestId);
    }
}
