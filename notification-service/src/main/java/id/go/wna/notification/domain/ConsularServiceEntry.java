package id.go.wna.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One entry of the consular services log: what was done, when, for which nationality, how many. No names. */
@Entity
@Table(name = "consular_service")
public class ConsularServiceEntry extends PanacheEntityBase {

    /** OPEN or CLOSED: where a hotline case stands. */
    public enum HotlineStatus { OPEN, CLOSED }

    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    @Column(name = "service_type", nullable = false)
    public ConsularServiceType serviceType;
    @Column(name = "occurred_on", nullable = false)
    public LocalDate occurredOn;
    @Column(columnDefinition = "bpchar")
    public String nationality;
    /** Cases, clearances, documents, or persons evacuated: what the type counts. */
    @Column(name = "unit_count", nullable = false)
    public int count;
    public Integer persons;
    @Column(name = "flight_number")
    public String flightNumber;
    public String operator;
    @Enumerated(EnumType.STRING)
    @Column(name = "hotline_status")
    public HotlineStatus hotlineStatus;
    public String summary;
    @Column(name = "obligation_id")
    public UUID obligationId;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** The record key of its event: the obligation when there is one, so it is ordered with the obligation's events. */
    public UUID eventKey() {
        return obligationId != null ? obligationId : id;
    }
}
