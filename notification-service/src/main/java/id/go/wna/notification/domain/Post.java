package id.go.wna.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * A foreign post that consular notices can be addressed to: an embassy, a consulate, or a representative office such as
 * TETO. Its consular district is the set of Indonesian provinces (BPS codes) it covers; an embassy with an empty
 * district covers every province that no other post of its country covers.
 */
@Entity
@Table(name = "post")
public class Post extends PanacheEntityBase {

    /** Stable code, e.g. "AUS-CG-DPS" (Australian Consulate-General Bali), "TWN-TETO-JKT". */
    @Id
    public String code;

    /** ISO 3166-1 alpha-3 of the sending state (TWN for TETO). */
    @Column(nullable = false, columnDefinition = "bpchar")
    public String country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PostType type;

    @Column(nullable = false)
    public String name;

    public String city;
    public String address;
    public String email;
    public String fax;
    public String phone;

    /**
     * ISO 3166-1 alpha-3 of the country a post accredited to Indonesia from abroad sits in (e.g. an embassy in Singapore
     * also accredited to Indonesia); null for a post in Indonesia.
     */
    @Column(name = "accredited_from", columnDefinition = "bpchar")
    public String accreditedFrom;

    @Column(nullable = false)
    public boolean active;

    /** The BPS province codes of the consular district. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "post_district", joinColumns = @JoinColumn(name = "post_code"))
    @Column(name = "province_code", columnDefinition = "bpchar")
    public Set<String> district = new TreeSet<>();

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Version
    public long version;

    /** In Indonesia (not accredited from abroad). */
    public boolean resident() {
        return accreditedFrom == null;
    }

    /** Whether the district names this province explicitly. */
    public boolean districtIncludes(String provinceCode) {
        return provinceCode != null && district.contains(provinceCode);
    }
}
