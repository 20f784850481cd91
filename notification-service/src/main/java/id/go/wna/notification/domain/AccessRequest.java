package id.go.wna.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A request for consular access to a detained national (VCCR Art. 36(1)(c)) and, once conducted, the visit. */
@Entity
@Table(name = "access_request")
public class AccessRequest extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID obligationId;
    public String nationality;
    public String postCode;
    @Enumerated(EnumType.STRING)
    public AccessMode mode;
    @Enumerated(EnumType.STRING)
    public AccessRequester requestedBy;
    public Instant requestedAt;
    public Instant preferredAt;
    @Enumerated(EnumType.STRING)
    public AccessRequestStatus status;
    public Instant scheduledAt;
    public String place;
    public Instant conductedAt;
    public Integer durationMinutes;
    public String visitors;
    public String legalBasis;
    public String approvingOfficial;
    public String reason;
    public String notes;
    public Instant warningAt;
    public Instant dueAt;
    /** Since when the target's clock is paused: a visit scheduled at the time the post chose. Null while it runs. */
    public Instant pausedSince;
    public String createdBy;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public long version;

    /** The conducted visits of an obligation, earliest first. */
    public static List<AccessRequest> visitsOf(UUID obligationId) {
        return list("obligationId = ?1 and status = ?2 order by conductedAt, id", obligationId, AccessRequestStatus.CONDUCTED);
    }

    /** Every request of an obligation, oldest first. */
    public static List<AccessRequest> ofObligation(UUID obligationId) {
        return list("obligationId = ?1 order by requestedAt, id", obligationId);
    }
}
