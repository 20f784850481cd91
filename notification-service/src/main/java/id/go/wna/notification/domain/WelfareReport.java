package id.go.wna.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * A foreign national monitored in a crisis, with their current health status: specific personal data (UU 27/2022
 * Pasal 4). Held with a pseudonymous reference at most, never a name.
 */
@Entity
@Table(name = "welfare_report")
public class WelfareReport extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(nullable = false)
    public String crisis;
    @Column(nullable = false, columnDefinition = "bpchar")
    public String nationality;
    /** BPS code of the province, when known. */
    @Column(name = "province_code")
    public String provinceCode;
    /** Its name, as events carry it. */
    public String province;
    @Column(name = "person_ref")
    public UUID personRef;
    @Column(name = "obligation_id")
    public UUID obligationId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WelfareStatus status;
    @Column(name = "observed_at", nullable = false)
    public Instant observedAt;
    @Column(name = "reported_by", nullable = false)
    public String reportedBy;
    @Column(name = "reported_at", nullable = false)
    public Instant reportedAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public int version;

    /** The record key of its events: the obligation when there is one, so it is ordered with the obligation's events. */
    public UUID eventKey() {
        return obligationId != null ? obligationId : id;
    }
}
