package id.go.wna.reciprocity.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * What one source reported on Indonesians (WNI) in one country for one month. One per country, month and source (the
 * source compared without case); a later report replaces it, and every version is kept in
 * {@code outbound_report_history}. A null count was not reported, which is not 0.
 */
@Entity
@Table(name = "outbound_report")
public class OutboundReport extends PanacheEntityBase {

    /** How a report version came in. */
    public enum Via { API, CSV }

    @Id
    public UUID id;

    /** ISO 3166-1 alpha-3. */
    @Column(nullable = false, length = 3)
    public String country;

    /** YYYY-MM. */
    @Column(nullable = false, length = 7)
    public String month;

    /** Who reported: Portal Peduli WNI, or the mission (KBRI Kuala Lumpur, KJRI Johor Bahru...). */
    @Column(nullable = false, length = 200)
    public String source;

    /** The counts as reported. */
    @Embedded
    public OutboundCounts counts = new OutboundCounts();

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "created_by", nullable = false, length = 200)
    public String createdBy;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Column(name = "updated_by", nullable = false, length = 200)
    public String updatedBy;
    @Column(name = "updated_via", nullable = false, length = 10)
    @Enumerated(EnumType.STRING)
    public Via updatedVia;
}
