package id.go.wna.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An immigration detention centre (Rudenim) of the reference list. */
@Entity
@Cacheable // reference data changed only by migrations: read from memory on every custody start
@Table(name = "detention_facility")
public class DetentionFacility extends PanacheEntityBase {

    @Id
    public String code;
    @Column(name = "facility_type", nullable = false)
    public String facilityType;
    @Column(nullable = false)
    public String name;
    @Column(nullable = false)
    public String city;
    @Column(name = "province_code", nullable = false, columnDefinition = "bpchar")
    public String provinceCode;
}
