package id.go.wna.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A move of a person in custody from one place to another; the episode goes on. */
@Entity
@Table(name = "custody_transfer")
public class CustodyTransfer extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "custody_id", nullable = false)
    public UUID custodyId;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_facility_type", nullable = false)
    public CustodyEpisode.FacilityType fromFacilityType;
    @Column(name = "from_facility_code")
    public String fromFacilityCode;
    @Column(name = "from_facility_name", nullable = false)
    public String fromFacilityName;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_facility_type", nullable = false)
    public CustodyEpisode.FacilityType toFacilityType;
    @Column(name = "to_facility_code")
    public String toFacilityCode;
    @Column(name = "to_facility_name", nullable = false)
    public String toFacilityName;
    @Column(name = "to_facility_address")
    public String toFacilityAddress;
    @Column(name = "to_province", nullable = false)
    public String toProvince;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CustodyEpisode.TransferReason reason;
    @Column(name = "transferred_at", nullable = false)
    public Instant transferredAt;

    /** The latest move of an episode, if any. */
    public static Instant lastMoveOf(UUID custodyId) {
        CustodyTransfer t = find("custodyId = ?1 order by transferredAt desc", custodyId).firstResult();
        return t == null ? null : t.transferredAt;
    }
}
